INSERT INTO employee (id, name, salary, manager_id) VALUES
(1, 'Aiko', 700, NULL),
(2, 'Bruno', 300, NULL),
(3, 'Carla', 500, 1),
(4, 'Deshawn', 800, 1),
(5, 'Elif', 400, 2),
(6, 'Frank', 200, 2);
