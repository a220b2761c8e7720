INSERT INTO customers (id, name) VALUES
(0, 'Zoe Ng'),
(-1, 'Max Berg'),
(1, 'Ada Silva'),
(2, 'Ben Tanaka');
INSERT INTO orders (id, customer_id, amount) VALUES
(1, 1, 10),
(2, NULL, 20),
(3, NULL, 5);
