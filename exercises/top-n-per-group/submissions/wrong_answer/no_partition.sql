-- Ranks across the whole company instead of within each department.
WITH ranked AS (
    SELECT name, salary, department_id,
           DENSE_RANK() OVER (ORDER BY salary DESC) AS rnk
    FROM employee
)
SELECT d.name, r.name, r.salary
FROM ranked AS r
JOIN department AS d ON d.id = r.department_id
WHERE r.rnk <= 3;
