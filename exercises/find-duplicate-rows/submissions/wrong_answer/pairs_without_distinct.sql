-- One row per pair: an email held three times comes back three times.
SELECT LOWER(TRIM(a.email)) AS email
FROM person AS a
JOIN person AS b
  ON a.id < b.id
 AND LOWER(TRIM(a.email)) = LOWER(TRIM(b.email));
