INSERT INTO person (id, email) VALUES
(1000000, 'f@x.io'),
(3, 'g@x.io'),
(999, 'f@x.io'),
(4, 'g@x.io');
