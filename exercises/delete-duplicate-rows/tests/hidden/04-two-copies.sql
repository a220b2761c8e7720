INSERT INTO person (id, email) VALUES
(1, 'a@x.io'),
(2, 'a@x.io');
