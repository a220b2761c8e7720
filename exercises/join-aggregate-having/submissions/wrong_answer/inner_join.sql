-- An INNER JOIN loses the products nobody ordered: the slowest sellers of all.
SELECT p.id, p.name, COUNT(DISTINCT o.customer_id), SUM(o.quantity)
FROM products AS p
JOIN orders AS o ON o.product_id = p.id
GROUP BY p.id, p.name
HAVING COUNT(DISTINCT o.customer_id) < 3;
