INSERT INTO customers (id, name) VALUES
(1000000, 'Liam Berg'),
(7, 'Jonas Silva'),
(123456789, 'Greta Ng');
INSERT INTO orders (id, customer_id, amount) VALUES
(5, 7, 1),
(6, 7, 2),
(7, NULL, 3);
