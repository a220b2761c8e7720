INSERT INTO scores (id, score) VALUES
(1, 9.00),
(2, 9.00),
(3, 9.00),
(4, 8.50),
(5, 7.00);
