INSERT INTO products (id, name) VALUES
(1, 'Mug'),
(2, 'Mug'),
(3, 'Mug');
INSERT INTO orders (id, product_id, customer_id, quantity) VALUES
(1, 1, 1, 1),
(2, 1, 2, 1),
(3, 2, 1, 1),
(4, 2, 2, 1),
(5, 2, 3, 1),
(6, 3, 3, 4);
