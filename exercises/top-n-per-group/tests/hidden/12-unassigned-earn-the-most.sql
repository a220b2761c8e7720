INSERT INTO department (id, name) VALUES
(1, 'Engineering'),
(2, 'Sales');
INSERT INTO employee (id, name, salary, department_id) VALUES
(1, 'Ana', 900, NULL),
(2, 'Bram', 900, NULL),
(3, 'Cleo', 800, NULL),
(4, 'Dmitri', 100, 1),
(5, 'Eun', 200, 1),
(6, 'Fatou', 300, 1),
(7, 'Gil', 400, 1);
