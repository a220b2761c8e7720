-- ROW_NUMBER gives tied scores different ranks.
SELECT score, ROW_NUMBER() OVER (ORDER BY score DESC) AS rank
FROM scores
WHERE score IS NOT NULL
ORDER BY score DESC;
