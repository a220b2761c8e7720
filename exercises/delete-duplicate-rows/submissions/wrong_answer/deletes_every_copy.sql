-- Deletes every row of a duplicated email, the one to keep included.
DELETE FROM person
WHERE email IN (SELECT email FROM person GROUP BY email HAVING COUNT(*) > 1);
