DELETE FROM person
WHERE id NOT IN (SELECT MAX(id) FROM person GROUP BY email);
