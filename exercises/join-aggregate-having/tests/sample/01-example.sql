INSERT INTO products (id, name) VALUES
(1, 'Desk Lamp'),
(2, 'Kettle'),
(3, 'Yoga Mat'),
(4, 'Tea Tin');
INSERT INTO orders (id, product_id, customer_id, quantity) VALUES
(1, 2, 10, 1),
(2, 2, 11, 2),
(3, 2, 12, 1),
(4, 3, 10, 1),
(5, 3, 10, 4),
(6, 4, 11, 1),
(7, 4, NULL, 3),
(8, 4, 13, 2);
