INSERT INTO person (id, email) VALUES
(1, NULL),
(2, NULL),
(3, NULL);
