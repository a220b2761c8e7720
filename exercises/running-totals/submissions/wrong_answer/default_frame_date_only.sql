-- The default RANGE frame takes in every transaction of the same day at once.
SELECT id, account_id, tx_date, amount,
       SUM(amount) OVER (PARTITION BY account_id ORDER BY tx_date) AS balance
FROM transactions
ORDER BY tx_date, id;
