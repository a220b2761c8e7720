-- Counts higher-paid employees, not higher distinct salaries: the same mistake as RANK.
SELECT d.name, e.name, e.salary
FROM employee AS e
JOIN department AS d ON d.id = e.department_id
WHERE (
    SELECT COUNT(*)
    FROM employee AS e2
    WHERE e2.department_id = e.department_id AND e2.salary > e.salary
) < 3;
