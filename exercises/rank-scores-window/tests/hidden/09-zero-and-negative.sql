INSERT INTO scores (id, score) VALUES
(1, 0.00),
(2, -1.50),
(3, 0.00),
(4, 2.25),
(5, -1.50),
(6, -0.01);
