INSERT INTO customers (id, name) VALUES
(1, 'Femi Ng'),
(2, 'Ivy Berg'),
(3, 'Ben Silva');
INSERT INTO orders (id, customer_id, amount) VALUES
(2, 2, 10),
(4, 1, 10);
