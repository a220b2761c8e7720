INSERT INTO department (id, name) VALUES
(1, 'Engineering'),
(2, 'Sales');
INSERT INTO employee (id, name, salary, department_id) VALUES
(1, 'Ana', 500, NULL),
(2, 'Bram', 400, NULL),
(3, 'Cleo', 300, NULL),
(4, 'Dmitri', 200, NULL);
