INSERT INTO employee (id, name, salary, manager_id) VALUES
(1, 'Aiko', 800, 7),
(2, 'Bruno', 100, 7),
(7, 'Giulia', 700, NULL);
