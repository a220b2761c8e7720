INSERT INTO customers (id, name) VALUES
(1, 'Ada Ng'),
(2, 'Ben Okafor'),
(3, 'Chloe Silva'),
(4, 'Dev Berg'),
(5, 'Esme Moreau');
INSERT INTO orders (id, customer_id, amount) VALUES
(1, NULL, 30),
(2, NULL, 45);
