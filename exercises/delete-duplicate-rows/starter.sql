-- Delete every duplicate row, keeping the smallest id of each email.
DELETE FROM person
WHERE 0;  -- replace this condition
