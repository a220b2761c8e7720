INSERT INTO scores (id, score) VALUES
(1, 1.00),
(2, 5.00),
(3, 3.00),
(4, 2.00),
(5, 4.00);
