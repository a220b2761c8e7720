INSERT INTO products (id, name) VALUES
(1, 'Desk Lamp');
INSERT INTO orders (id, product_id, customer_id, quantity) VALUES
(1, 1, 1, 1),
(2, 1, NULL, 1),
(3, 1, 2, 1),
(4, 1, NULL, 1);
