-- A LEFT JOIN plus COALESCE lets the people without a manager "out-earn" a salary of 0.
SELECT e.id, e.name
FROM employee AS e
LEFT JOIN employee AS m ON m.id = e.manager_id
WHERE e.salary > COALESCE(m.salary, 0);
