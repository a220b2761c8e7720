INSERT INTO employee (id, name, salary, manager_id) VALUES
(1, 'Aiko', 9000, NULL),
(2, 'Bruno', 6000, 1),
(3, 'Carla', 9500, 1),
(4, 'Deshawn', 6500, 2),
(5, 'Elif', 6000, 2);
