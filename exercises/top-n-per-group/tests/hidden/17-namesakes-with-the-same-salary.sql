INSERT INTO department (id, name) VALUES
(1, 'Engineering'),
(2, 'Sales');
INSERT INTO employee (id, name, salary, department_id) VALUES
(1, 'Ana', 900, 1),
(2, 'Ana', 900, 1),
(3, 'Bram', 700, 1),
(4, 'Ana', 700, 1),
(5, 'Cleo', 600, 1),
(6, 'Cleo', 600, 1),
(7, 'Dev', 500, 1),
(8, 'Ana', 900, 2),
(9, 'Ana', 900, 2);
