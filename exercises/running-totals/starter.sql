-- Columns: id, account_id, tx_date, amount, balance; ordered by tx_date, then id.
SELECT id, account_id, tx_date, amount, amount AS balance
FROM transactions
ORDER BY tx_date, id;
