-- Finds the right groups but returns one stored spelling instead of the normalised email.
SELECT MIN(email) AS email
FROM person
WHERE email IS NOT NULL
GROUP BY LOWER(TRIM(email))
HAVING COUNT(*) > 1;
