INSERT INTO person (id, email) VALUES
(1, 'a@x.io'),
(2, 'b@x.io'),
(3, 'ab@x.io'),
(4, 'a@x.com'),
(5, 'x.io@a');
