INSERT INTO transactions (id, account_id, tx_date, amount) VALUES
(42, 1, '2024-05-05', -15);
