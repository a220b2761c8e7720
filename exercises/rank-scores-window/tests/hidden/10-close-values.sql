INSERT INTO scores (id, score) VALUES
(1, 3.01),
(2, 3.00),
(3, 3.01),
(4, 2.99),
(5, 3.00);
