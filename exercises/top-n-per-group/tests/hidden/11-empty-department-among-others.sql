INSERT INTO department (id, name) VALUES
(1, 'Engineering'),
(2, 'Sales'),
(3, 'Legal');
INSERT INTO employee (id, name, salary, department_id) VALUES
(1, 'Ana', 5, 1),
(2, 'Bram', 6, 1),
(3, 'Cleo', 7, 3),
(4, 'Dmitri', 99, NULL),
(5, 'Eun', 98, NULL),
(6, 'Fatou', 97, NULL);
