-- ROW_NUMBER breaks ties arbitrarily: tied employees at the boundary are cut.
WITH ranked AS (
    SELECT name, salary, department_id,
           ROW_NUMBER() OVER (PARTITION BY department_id ORDER BY salary DESC) AS rn
    FROM employee
)
SELECT d.name, r.name, r.salary
FROM ranked AS r
JOIN department AS d ON d.id = r.department_id
WHERE r.rn <= 3;
