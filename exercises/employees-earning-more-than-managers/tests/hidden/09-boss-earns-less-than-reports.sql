INSERT INTO employee (id, name, salary, manager_id) VALUES
(5, 'Elif', 1, NULL),
(6, 'Frank', 2, 5),
(7, 'Giulia', 3, 5),
(8, 'Hamid', 0, 6);
