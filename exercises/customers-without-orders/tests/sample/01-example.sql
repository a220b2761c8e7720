INSERT INTO customers (id, name) VALUES
(1, 'Ada Ng'),
(2, 'Ben Okafor'),
(3, 'Chloe Silva'),
(4, 'Dev Berg');
INSERT INTO orders (id, customer_id, amount) VALUES
(10, 2, 40),
(11, NULL, 15),
(12, 2, 25),
(13, 4, 60);
