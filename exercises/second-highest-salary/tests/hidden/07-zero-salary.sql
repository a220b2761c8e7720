INSERT INTO employee (id, name, salary) VALUES
(1, 'Ada', 0),
(2, 'Brian', 1);
