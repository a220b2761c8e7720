SELECT p.id,
       p.name,
       COUNT(DISTINCT o.customer_id) AS customers,
       COALESCE(SUM(o.quantity), 0) AS units
FROM products AS p
LEFT JOIN orders AS o ON o.product_id = p.id
GROUP BY p.id, p.name
HAVING COUNT(DISTINCT o.customer_id) < 3;
