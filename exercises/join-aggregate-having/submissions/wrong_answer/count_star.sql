-- COUNT(*) counts the NULL row a LEFT JOIN makes for a product with no order (and guest orders).
SELECT p.id, p.name, COUNT(*), COALESCE(SUM(o.quantity), 0)
FROM products AS p
LEFT JOIN orders AS o ON o.product_id = p.id
GROUP BY p.id, p.name
HAVING COUNT(*) < 3;
