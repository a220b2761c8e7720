INSERT INTO person (id, email) VALUES
(1, 'ann@x.io'),
(2, 'bo@mail.com'),
(3, 'ann@x.io'),
(4, 'Ann@x.io'),
(5, 'bo@mail.com'),
(6, 'ann@x.io');
