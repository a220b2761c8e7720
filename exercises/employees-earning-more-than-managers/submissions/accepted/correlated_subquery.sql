SELECT id, name
FROM employee AS e
WHERE salary > (SELECT m.salary FROM employee AS m WHERE m.id = e.manager_id);
