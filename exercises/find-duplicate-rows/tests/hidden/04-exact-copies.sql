INSERT INTO person (id, email) VALUES
(1, 'ann@x.io'),
(2, 'bo@x.io'),
(3, 'ann@x.io');
