INSERT INTO scores (id, score) VALUES
(1, 1.25),
(2, 1.25),
(3, 1.25),
(4, 1.25),
(5, 1.25);
