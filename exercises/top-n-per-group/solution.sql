WITH ranked AS (
    SELECT name, salary, department_id,
           DENSE_RANK() OVER (PARTITION BY department_id ORDER BY salary DESC) AS salary_rank
    FROM employee
    WHERE department_id IS NOT NULL
)
SELECT d.name AS department, r.name AS employee, r.salary
FROM ranked AS r
JOIN department AS d ON d.id = r.department_id
WHERE r.salary_rank <= 3;
