-- Columns: id, name, customers, units.
SELECT p.id, p.name, 0 AS customers, 0 AS units
FROM products AS p;
