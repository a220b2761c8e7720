INSERT INTO department (id, name) VALUES
(1, 'Engineering'),
(2, 'Sales');
INSERT INTO employee (id, name, salary, department_id) VALUES
(1, 'Ana', 3, 1),
(2, 'Bram', 1, 1),
(3, 'Cleo', 2, 1),
(4, 'Dmitri', 3, 1),
(5, 'Eun', 1, 1);
