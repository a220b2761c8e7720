WITH ranked AS (
    SELECT salary, DENSE_RANK() OVER (ORDER BY salary DESC) AS rnk
    FROM employee
)
SELECT (SELECT DISTINCT salary FROM ranked WHERE rnk = 2) AS second_highest;
