INSERT INTO employee (id, name, salary, manager_id) VALUES
(1, 'Aiko', 300, NULL),
(2, 'Bruno', 500, 1),
(3, 'Carla', 400, 2);
