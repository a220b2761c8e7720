INSERT INTO employee (id, name, salary) VALUES
(1, 'Ada', 90),
(2, 'Brian', 90),
(3, 'Chen', 90),
(4, 'Dana', 80),
(5, 'Eve', 80),
(6, 'Farid', 10);
