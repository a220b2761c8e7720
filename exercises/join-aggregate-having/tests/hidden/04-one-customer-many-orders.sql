INSERT INTO products (id, name) VALUES
(1, 'Desk Lamp'),
(2, 'Kettle');
INSERT INTO orders (id, product_id, customer_id, quantity) VALUES
(1, 1, 7, 1),
(2, 1, 7, 1),
(3, 1, 7, 1),
(4, 1, 7, 1),
(5, 1, 7, 1),
(6, 1, 7, 1),
(7, 2, 7, 2),
(8, 2, 8, 2),
(9, 2, 9, 2);
