INSERT INTO products (id, name) VALUES
(1, 'Desk Lamp'),
(2, 'Kettle'),
(3, 'Yoga Mat'),
(4, 'Tea Tin'),
(5, 'Backpack');
-- no orders
