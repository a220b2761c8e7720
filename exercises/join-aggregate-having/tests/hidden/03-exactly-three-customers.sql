INSERT INTO products (id, name) VALUES
(1, 'Desk Lamp'),
(2, 'Kettle');
INSERT INTO orders (id, product_id, customer_id, quantity) VALUES
(1, 1, 1, 1),
(2, 1, 2, 1),
(3, 1, 3, 1),
(4, 2, 1, 1),
(5, 2, 2, 1);
