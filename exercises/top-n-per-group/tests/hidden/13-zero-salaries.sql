INSERT INTO department (id, name) VALUES
(1, 'Engineering'),
(2, 'Sales');
INSERT INTO employee (id, name, salary, department_id) VALUES
(1, 'Ana', 0, 1),
(2, 'Bram', 0, 1),
(3, 'Cleo', 1, 1),
(4, 'Dmitri', 0, 2);
