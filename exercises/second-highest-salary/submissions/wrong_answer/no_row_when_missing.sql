SELECT DISTINCT salary AS second_highest
FROM employee
ORDER BY salary DESC
LIMIT 1 OFFSET 1;
