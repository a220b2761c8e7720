INSERT INTO transactions (id, account_id, tx_date, amount) VALUES
(1, 1, '2024-01-01', 5),
(2, 1, '2023-12-31', 7),
(3, 1, '2023-02-01', 11);
