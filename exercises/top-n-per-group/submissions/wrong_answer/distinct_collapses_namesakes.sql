SELECT DISTINCT d.name, e.name, e.salary
FROM employee e JOIN department d ON d.id = e.department_id
WHERE (SELECT COUNT(DISTINCT e2.salary) FROM employee e2 WHERE e2.department_id = e.department_id AND e2.salary > e.salary) < 3;
