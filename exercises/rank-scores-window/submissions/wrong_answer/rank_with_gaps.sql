-- RANK skips numbers after a tie: 1, 1, 3 instead of 1, 1, 2.
SELECT score, RANK() OVER (ORDER BY score DESC) AS rank
FROM scores
WHERE score IS NOT NULL
ORDER BY score DESC;
