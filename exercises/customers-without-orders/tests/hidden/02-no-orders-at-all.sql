INSERT INTO customers (id, name) VALUES
(1, 'Ada Ng'),
(2, 'Ben Okafor'),
(3, 'Chloe Silva'),
(4, 'Dev Berg'),
(5, 'Esme Moreau');
-- no orders
