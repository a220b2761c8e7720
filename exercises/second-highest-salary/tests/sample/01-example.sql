INSERT INTO employee (id, name, salary) VALUES
(1, 'Ada', 300),
(2, 'Brian', 200),
(3, 'Chen', 300),
(4, 'Dana', 100);
