-- One row per duplicated person, not one per duplicated email.
SELECT LOWER(TRIM(p.email)) AS email
FROM person AS p
WHERE EXISTS (
    SELECT 1 FROM person AS q
    WHERE q.id <> p.id AND LOWER(TRIM(q.email)) = LOWER(TRIM(p.email))
);
