WITH per_product AS (
    SELECT product_id, COUNT(DISTINCT customer_id) AS customers, SUM(quantity) AS units
    FROM orders
    GROUP BY product_id
)
SELECT p.id, p.name, COALESCE(s.customers, 0), COALESCE(s.units, 0)
FROM products AS p
LEFT JOIN per_product AS s ON s.product_id = p.id
WHERE COALESCE(s.customers, 0) <= 2;
