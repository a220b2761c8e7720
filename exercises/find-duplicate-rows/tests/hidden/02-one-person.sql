INSERT INTO person (id, email) VALUES
(1, 'solo@x.io');
