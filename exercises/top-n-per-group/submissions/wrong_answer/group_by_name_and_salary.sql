SELECT d.name, e1.name, e1.salary
FROM employee e1 JOIN employee e2 ON e2.department_id = e1.department_id AND e2.salary >= e1.salary
JOIN department d ON d.id = e1.department_id
GROUP BY d.name, e1.name, e1.salary
HAVING COUNT(DISTINCT e2.salary) <= 3;
