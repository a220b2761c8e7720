-- Right balances, but the rows come out grouped by account, not in date order.
SELECT id, account_id, tx_date, amount,
       SUM(amount) OVER (PARTITION BY account_id ORDER BY tx_date, id
                         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance
FROM transactions;
