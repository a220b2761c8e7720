-- Ids are not in date order: a back-dated transaction has a larger id.
SELECT id, account_id, tx_date, amount,
       SUM(amount) OVER (PARTITION BY account_id ORDER BY id) AS balance
FROM transactions
ORDER BY tx_date, id;
