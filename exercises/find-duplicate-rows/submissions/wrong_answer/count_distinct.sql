-- Counts different spellings, not rows: exact copies of one spelling are missed.
SELECT LOWER(TRIM(email)) AS email
FROM person
WHERE email IS NOT NULL
GROUP BY LOWER(TRIM(email))
HAVING COUNT(DISTINCT email) > 1;
