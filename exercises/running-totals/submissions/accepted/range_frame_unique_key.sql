-- With (tx_date, id) as the window order no two rows tie, so the default frame is right too.
SELECT id, account_id, tx_date, amount,
       SUM(amount) OVER (PARTITION BY account_id ORDER BY tx_date, id) AS balance
FROM transactions
ORDER BY tx_date, id;
