SELECT d.name AS department, e.name AS employee, e.salary
FROM employee AS e
JOIN department AS d ON d.id = e.department_id
WHERE (
    SELECT COUNT(DISTINCT e2.salary)
    FROM employee AS e2
    WHERE e2.department_id = e.department_id AND e2.salary > e.salary
) < 3;
