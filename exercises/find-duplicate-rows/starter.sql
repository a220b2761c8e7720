-- Return each duplicated email once (trimmed, lowercase), in a column named email.
SELECT email
FROM person;
