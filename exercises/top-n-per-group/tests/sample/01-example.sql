INSERT INTO department (id, name) VALUES
(1, 'Engineering'),
(2, 'Sales');
INSERT INTO employee (id, name, salary, department_id) VALUES
(1, 'Ana', 900, 1),
(2, 'Bram', 700, 1),
(3, 'Cleo', 900, 1),
(4, 'Dmitri', 600, 1),
(5, 'Eun', 500, 1),
(6, 'Fatou', 800, 2),
(7, 'Gil', 400, 2);
