-- MySQL's multi-table DELETE is not SQLite syntax.
DELETE p2
FROM person AS p1
JOIN person AS p2 ON p1.email = p2.email AND p1.id < p2.id;
