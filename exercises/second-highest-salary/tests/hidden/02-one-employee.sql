INSERT INTO employee (id, name, salary) VALUES
(1, 'Ada', 5000);
