INSERT INTO customers (id, name) VALUES
(1, 'Ada Ng'),
(2, 'Ben Okafor'),
(3, 'Chloe Silva'),
(4, 'Dev Berg'),
(5, 'Esme Moreau');
INSERT INTO orders (id, customer_id, amount) VALUES
(1, 5, 10),
(2, 4, 20),
(3, 3, 30),
(4, 2, 40),
(5, 1, 50),
(6, 1, 60);
