-- Starting from department with a LEFT JOIN gives an empty department a row of NULLs.
WITH ranked AS (
    SELECT name, salary, department_id,
           DENSE_RANK() OVER (PARTITION BY department_id ORDER BY salary DESC) AS rnk
    FROM employee
)
SELECT d.name, r.name, r.salary
FROM department AS d
LEFT JOIN ranked AS r ON r.department_id = d.id AND r.rnk <= 3;
