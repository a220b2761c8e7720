CREATE TABLE transactions (
    id INTEGER NOT NULL UNIQUE,
    account_id INTEGER NOT NULL,
    tx_date TEXT NOT NULL,
    amount INTEGER NOT NULL
);
