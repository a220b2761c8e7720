-- rowid is the order the rows were stored in, not their id: this keeps the first one imported.
DELETE FROM person
WHERE rowid NOT IN (SELECT MIN(rowid) FROM person GROUP BY email);
