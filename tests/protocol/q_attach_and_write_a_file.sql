-- exercise: users
-- expect: compile_error
-- cause: a query that attaches a database file writes to the disk; it must be refused before any test runs
ATTACH DATABASE 'escape.db' AS e;
CREATE TABLE e.t AS SELECT * FROM users;
SELECT name FROM users WHERE active = 1;
