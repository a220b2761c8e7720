-- Compares the stored text as it is: ' Ann@X.io' and 'ann@x.io' look different.
SELECT email
FROM person
GROUP BY email
HAVING COUNT(*) > 1;
