INSERT INTO transactions (id, account_id, tx_date, amount) VALUES
(1, 3, '2024-02-01', -100),
(2, 3, '2024-02-02', 0),
(3, 3, '2024-02-02', 100),
(4, 3, '2024-02-03', 0);
