SELECT DISTINCT LOWER(TRIM(a.email)) AS email
FROM person AS a
JOIN person AS b
  ON a.id < b.id
 AND TRIM(a.email) = TRIM(b.email) COLLATE NOCASE;
