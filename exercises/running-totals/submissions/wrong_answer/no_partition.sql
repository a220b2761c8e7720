-- One running total over the whole bank instead of one per account.
SELECT id, account_id, tx_date, amount,
       SUM(amount) OVER (ORDER BY tx_date, id) AS balance
FROM transactions
ORDER BY tx_date, id;
