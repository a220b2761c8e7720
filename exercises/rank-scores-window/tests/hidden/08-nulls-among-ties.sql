INSERT INTO scores (id, score) VALUES
(1, NULL),
(2, 6.00),
(3, 6.00),
(4, NULL),
(5, 5.50),
(6, 5.50),
(7, NULL);
