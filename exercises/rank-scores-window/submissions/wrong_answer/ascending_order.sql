-- Right ranks, but the lowest score comes first.
SELECT score, DENSE_RANK() OVER (ORDER BY score DESC) AS rank
FROM scores
WHERE score IS NOT NULL
ORDER BY score;
