-- Columns: department (its name), employee (their name), salary.
SELECT d.name AS department, e.name AS employee, e.salary
FROM employee AS e
JOIN department AS d ON d.id = e.department_id;
