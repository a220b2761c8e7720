-- Joining on manager_id = manager_id pairs people with their colleagues, not their manager.
SELECT DISTINCT e.id, e.name
FROM employee AS e
JOIN employee AS m ON m.manager_id = e.manager_id
WHERE e.salary > m.salary;
