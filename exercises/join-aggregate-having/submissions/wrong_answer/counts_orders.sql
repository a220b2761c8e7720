-- Counts orders with a customer, not distinct customers: a repeat buyer counts twice.
SELECT p.id, p.name, COUNT(o.customer_id), COALESCE(SUM(o.quantity), 0)
FROM products AS p
LEFT JOIN orders AS o ON o.product_id = p.id
GROUP BY p.id, p.name
HAVING COUNT(o.customer_id) < 3;
