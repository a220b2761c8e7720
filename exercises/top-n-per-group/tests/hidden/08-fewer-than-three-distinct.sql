INSERT INTO department (id, name) VALUES
(1, 'Engineering'),
(2, 'Sales');
INSERT INTO employee (id, name, salary, department_id) VALUES
(1, 'Ana', 300, 1),
(2, 'Bram', 300, 1),
(3, 'Cleo', 300, 1),
(4, 'Dmitri', 300, 1),
(5, 'Eun', 300, 1),
(6, 'Fatou', 300, 1),
(7, 'Gil', 200, 2),
(8, 'Hana', 100, 2),
(9, 'Ivo', 200, 2);
