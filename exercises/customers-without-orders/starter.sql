-- Return the id and name of every customer who has never placed an order.
SELECT id, name
FROM customers;
