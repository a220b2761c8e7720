INSERT INTO employee (id, name, salary, manager_id) VALUES
(1, 'Aiko', 100, NULL);
