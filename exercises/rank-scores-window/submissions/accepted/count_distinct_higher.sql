SELECT s.score,
       (SELECT COUNT(DISTINCT t.score) FROM scores AS t WHERE t.score >= s.score) AS rank
FROM scores AS s
WHERE s.score IS NOT NULL
ORDER BY s.score DESC;
