-- A LEFT JOIN from employee keeps the employees without a department (department NULL).
WITH ranked AS (
    SELECT name, salary, department_id,
           DENSE_RANK() OVER (PARTITION BY department_id ORDER BY salary DESC) AS rnk
    FROM employee
)
SELECT d.name, r.name, r.salary
FROM ranked AS r
LEFT JOIN department AS d ON d.id = r.department_id
WHERE r.rnk <= 3;
