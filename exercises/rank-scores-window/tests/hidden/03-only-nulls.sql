INSERT INTO scores (id, score) VALUES
(1, NULL),
(2, NULL);
