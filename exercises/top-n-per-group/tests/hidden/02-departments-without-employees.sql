INSERT INTO department (id, name) VALUES
(1, 'Engineering'),
(2, 'Sales');
-- no employees
