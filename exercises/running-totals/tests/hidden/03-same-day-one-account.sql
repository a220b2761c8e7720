INSERT INTO transactions (id, account_id, tx_date, amount) VALUES
(9, 1, '2024-01-10', 10),
(3, 1, '2024-01-10', 20),
(5, 1, '2024-01-10', -5),
(1, 1, '2024-01-09', 1);
