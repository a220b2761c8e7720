-- SELECT DISTINCT keeps NULL as a value: all guest orders together count as one customer.
SELECT id, name, customers, units
FROM (
    SELECT p.id,
           p.name,
           (SELECT COUNT(*) FROM (SELECT DISTINCT customer_id FROM orders WHERE product_id = p.id)) AS customers,
           (SELECT IFNULL(SUM(quantity), 0) FROM orders WHERE product_id = p.id) AS units
    FROM products AS p
)
WHERE customers < 3;
