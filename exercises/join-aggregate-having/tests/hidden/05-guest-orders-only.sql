INSERT INTO products (id, name) VALUES
(1, 'Desk Lamp'),
(2, 'Kettle');
INSERT INTO orders (id, product_id, customer_id, quantity) VALUES
(1, 1, NULL, 2),
(2, 1, NULL, 5),
(3, 2, 4, 1);
