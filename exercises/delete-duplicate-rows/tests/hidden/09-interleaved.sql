INSERT INTO person (id, email) VALUES
(1, 'a@x.io'),
(2, 'b@x.io'),
(3, 'a@x.io'),
(4, 'c@x.io'),
(5, 'b@x.io'),
(6, 'a@x.io'),
(7, 'c@x.io');
