SELECT DISTINCT c.id, c.name FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.customer_id IS NOT NULL WHERE o.id IS NULL AND c.id NOT IN (SELECT IFNULL(customer_id, 0) FROM orders);
