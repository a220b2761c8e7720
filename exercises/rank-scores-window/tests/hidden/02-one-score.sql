INSERT INTO scores (id, score) VALUES
(1, 2.50);
