INSERT INTO transactions (id, account_id, tx_date, amount) VALUES
(2, 2, '2024-01-10', 10),
(1, 1, '2024-01-10', 20),
(4, 1, '2024-01-10', 7),
(3, 2, '2024-01-10', 5);
