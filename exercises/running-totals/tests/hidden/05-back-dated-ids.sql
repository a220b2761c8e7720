INSERT INTO transactions (id, account_id, tx_date, amount) VALUES
(1, 5, '2024-06-30', 100),
(2, 5, '2024-06-01', 1000),
(3, 5, '2024-06-15', -250),
(4, 5, '2024-05-31', 1);
