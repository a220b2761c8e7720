INSERT INTO department (id, name) VALUES
(1, 'Engineering'),
(2, 'Sales');
INSERT INTO employee (id, name, salary, department_id) VALUES
(1, 'Ana', 50, 1),
(2, 'Bram', 50, 1),
(3, 'Cleo', 40, 1),
(4, 'Dmitri', 40, 1),
(5, 'Eun', 30, 1),
(6, 'Fatou', 30, 1),
(7, 'Gil', 20, 1),
(8, 'Hana', 20, 1),
(9, 'Ivo', 9, 2),
(10, 'Jade', 9, 2),
(11, 'Kofi', 9, 2),
(12, 'Lena', 9, 2),
(13, 'Milo', 8, 2),
(14, 'Nia', 7, 2),
(15, 'Otto', 6, 2);
