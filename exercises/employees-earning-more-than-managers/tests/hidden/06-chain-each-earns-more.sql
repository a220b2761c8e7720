INSERT INTO employee (id, name, salary, manager_id) VALUES
(1, 'Aiko', 10, NULL),
(2, 'Bruno', 20, 1),
(3, 'Carla', 30, 2),
(4, 'Deshawn', 40, 3);
