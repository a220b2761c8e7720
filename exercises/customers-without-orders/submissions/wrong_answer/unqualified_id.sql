-- Inside the subquery an unqualified `id` is orders.id, not the customer's id.
SELECT id, name
FROM customers
WHERE NOT EXISTS (SELECT 1 FROM orders WHERE customer_id = id);
