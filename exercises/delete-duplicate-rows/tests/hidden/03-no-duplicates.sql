INSERT INTO person (id, email) VALUES
(1, 'a@x.io'),
(2, 'b@x.io'),
(3, 'c@x.io');
