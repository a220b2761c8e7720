-- An INNER JOIN only keeps customers that have an order: the filter then removes them all.
SELECT c.id, c.name
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
WHERE o.customer_id IS NULL;
