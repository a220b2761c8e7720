INSERT INTO customers (id, name) VALUES
(1, 'Sam Lee'),
(2, 'Sam Lee'),
(3, 'Ivy Tanaka'),
(4, 'Sam Lee');
INSERT INTO orders (id, customer_id, amount) VALUES
(1, 2, 50),
(2, 3, 5),
(3, NULL, 8);
