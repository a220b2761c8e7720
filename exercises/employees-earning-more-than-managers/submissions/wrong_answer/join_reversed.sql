-- The join runs the wrong way: `m` becomes a report of `e`, not its manager.
SELECT e.id, e.name
FROM employee AS e
JOIN employee AS m ON e.id = m.manager_id
WHERE e.salary > m.salary;
