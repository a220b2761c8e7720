INSERT INTO employee (id, name, salary) VALUES
(1, 'Ada', 10),
(2, 'Brian', 20);
