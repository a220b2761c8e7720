INSERT INTO person (id, email) VALUES
(1, 'gus@x.io'),
(2, 'GUS@x.io'),
(3, ' gus@x.io'),
(4, 'hal@x.io'),
(5, 'hal@x.io');
