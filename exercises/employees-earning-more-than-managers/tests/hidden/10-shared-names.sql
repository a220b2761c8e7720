INSERT INTO employee (id, name, salary, manager_id) VALUES
(1, 'Noor', 100, NULL),
(2, 'Noor', 200, 1),
(3, 'Noor', 150, 2);
