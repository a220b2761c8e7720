-- Guest orders put a NULL in the subquery: `id NOT IN (..., NULL)` is never true.
SELECT id, name
FROM customers
WHERE id NOT IN (SELECT customer_id FROM orders);
