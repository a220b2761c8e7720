-- Columns: id, name (of each employee who earns more than their manager).
SELECT id, name
FROM employee
WHERE manager_id IS NOT NULL;
