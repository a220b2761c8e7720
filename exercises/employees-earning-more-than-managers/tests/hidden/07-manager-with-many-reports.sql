INSERT INTO employee (id, name, salary, manager_id) VALUES
(1, 'Aiko', 1000, NULL),
(2, 'Bruno', 1000, 1),
(3, 'Carla', 1050, 1),
(4, 'Deshawn', 1100, 1),
(5, 'Elif', 900, 1),
(6, 'Frank', 950, 1),
(7, 'Giulia', 1000, 1),
(8, 'Hamid', 1050, 1),
(9, 'Irene', 1100, 1),
(10, 'Jakob', 900, 1),
(11, 'Kemal', 950, 1);
