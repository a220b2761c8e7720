-- COUNT(*) counts the NULL-padded row of a LEFT JOIN: it is never 0.
SELECT c.id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
HAVING COUNT(*) = 0;
