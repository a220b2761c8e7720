-- `<>` finds "another row" for every copy, the first one too: all copies go.
DELETE FROM person
WHERE EXISTS (
    SELECT 1 FROM person AS other
    WHERE other.email = person.email AND other.id <> person.id
);
