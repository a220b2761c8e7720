-- `>=` also lists the employees who earn exactly as much as their manager.
SELECT e.id, e.name
FROM employee AS e
JOIN employee AS m ON m.id = e.manager_id
WHERE e.salary >= m.salary;
