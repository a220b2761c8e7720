-- GROUP BY gathers the NULLs into one group, and COUNT(*) counts them.
SELECT LOWER(TRIM(email)) AS email
FROM person
GROUP BY LOWER(TRIM(email))
HAVING COUNT(*) > 1;
