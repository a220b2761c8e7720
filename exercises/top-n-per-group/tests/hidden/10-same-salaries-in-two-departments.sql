INSERT INTO department (id, name) VALUES
(1, 'Engineering'),
(2, 'Sales');
INSERT INTO employee (id, name, salary, department_id) VALUES
(1, 'Ana', 10, 1),
(2, 'Bram', 20, 1),
(3, 'Cleo', 30, 1),
(4, 'Dmitri', 40, 1),
(5, 'Eun', 40, 2),
(6, 'Fatou', 10, 2),
(7, 'Gil', 50, 2),
(8, 'Hana', 20, 2),
(9, 'Ivo', 60, 2);
