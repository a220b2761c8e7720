INSERT INTO employee (id, name, salary, manager_id) VALUES
(1, 'Aiko', 100, NULL),
(2, 'Bruno', 200, NULL),
(3, 'Carla', 50, NULL);
