INSERT INTO department (id, name) VALUES
(1, 'Engineering'),
(2, 'Sales');
INSERT INTO employee (id, name, salary, department_id) VALUES
(1, 'Ana', 100, 1),
(2, 'Bram', 90, 1),
(3, 'Cleo', 80, 1),
(4, 'Dmitri', 80, 1),
(5, 'Eun', 80, 1),
(6, 'Fatou', 70, 1);
