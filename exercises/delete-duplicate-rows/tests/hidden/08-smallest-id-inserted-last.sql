INSERT INTO person (id, email) VALUES
(50, 'd@x.io'),
(20, 'd@x.io'),
(7, 'd@x.io'),
(9, 'e@x.io');
