INSERT INTO employee (id, name, salary) VALUES
(1, 'Ada', 1000000000),
(2, 'Brian', 999999999),
(3, 'Chen', 1000000000);
