INSERT INTO employee (id, name, salary) VALUES
(1, 'Ada', 700),
(2, 'Brian', 700),
(3, 'Chen', 700);
