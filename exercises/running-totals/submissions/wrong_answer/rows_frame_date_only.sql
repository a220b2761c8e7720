-- A ROWS frame, but same-day transactions are summed in whatever order the sort leaves them.
SELECT id, account_id, tx_date, amount,
       SUM(amount) OVER (PARTITION BY account_id ORDER BY tx_date
                         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance
FROM transactions
ORDER BY tx_date, id;
