SELECT c.id, c.name FROM customers AS c
WHERE c.id NOT IN (SELECT COALESCE(customer_id, -1) FROM orders);
