-- no customers
INSERT INTO orders (id, customer_id, amount) VALUES
(1, NULL, 10),
(2, 7, 20);
