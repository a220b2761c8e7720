-- Forgets the unfinished games: NULL scores come last with a rank of their own.
SELECT score, DENSE_RANK() OVER (ORDER BY score DESC) AS rank
FROM scores
ORDER BY score DESC;
