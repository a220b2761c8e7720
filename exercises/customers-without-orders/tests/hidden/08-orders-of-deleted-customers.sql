INSERT INTO customers (id, name) VALUES
(3, 'Hiro Kowalski'),
(8, 'Kira O''Neil');
INSERT INTO orders (id, customer_id, amount) VALUES
(1, 99, 10),
(2, 100, 10),
(3, 8, 20),
(4, NULL, 1);
