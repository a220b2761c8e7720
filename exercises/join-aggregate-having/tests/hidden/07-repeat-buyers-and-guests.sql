INSERT INTO products (id, name) VALUES
(1, 'Desk Lamp'),
(2, 'Kettle'),
(3, 'Yoga Mat');
INSERT INTO orders (id, product_id, customer_id, quantity) VALUES
(1, 1, 1, 1),
(2, 1, 1, 1),
(3, 1, 2, 1),
(4, 1, NULL, 9),
(5, 2, 5, 1),
(6, 2, 5, 1),
(7, 2, 5, 1),
(8, 3, 1, 1),
(9, 3, 2, 1),
(10, 3, 3, 1),
(11, 3, NULL, 1);
