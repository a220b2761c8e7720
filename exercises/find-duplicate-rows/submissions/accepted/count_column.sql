SELECT LOWER(TRIM(email)) AS email
FROM person
GROUP BY 1
HAVING COUNT(email) >= 2;
