-- Counts rows with a score at least as high, so ties push the rank up.
SELECT s.score,
       (SELECT COUNT(*) FROM scores AS t WHERE t.score >= s.score) AS rank
FROM scores AS s
WHERE s.score IS NOT NULL
ORDER BY s.score DESC;
