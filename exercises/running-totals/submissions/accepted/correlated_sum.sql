SELECT t.id, t.account_id, t.tx_date, t.amount,
       (SELECT SUM(p.amount)
        FROM transactions AS p
        WHERE p.account_id = t.account_id
          AND (p.tx_date < t.tx_date OR (p.tx_date = t.tx_date AND p.id <= t.id))) AS balance
FROM transactions AS t
ORDER BY t.tx_date, t.id;
