-- Columns: score, rank; highest score first.
SELECT score, 1 AS rank
FROM scores
ORDER BY score DESC;
