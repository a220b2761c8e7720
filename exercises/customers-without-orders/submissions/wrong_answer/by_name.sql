-- Two customers can share a name: matching by name hides the one without orders.
SELECT id, name
FROM customers
WHERE name NOT IN (
    SELECT c.name FROM customers AS c JOIN orders AS o ON o.customer_id = c.id
);
