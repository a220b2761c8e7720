-- RANK leaves gaps after ties (1, 1, 3, 4): the third distinct salary can rank 4.
WITH ranked AS (
    SELECT name, salary, department_id,
           RANK() OVER (PARTITION BY department_id ORDER BY salary DESC) AS rnk
    FROM employee
)
SELECT d.name, r.name, r.salary
FROM ranked AS r
JOIN department AS d ON d.id = r.department_id
WHERE r.rnk <= 3;
