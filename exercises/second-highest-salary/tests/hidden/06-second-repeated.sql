INSERT INTO employee (id, name, salary) VALUES
(1, 'Ada', 50),
(2, 'Brian', 40),
(3, 'Chen', 40),
(4, 'Dana', 40);
