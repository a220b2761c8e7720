INSERT INTO person (id, email) VALUES
(1, 'ann@x.io'),
(2, 'bo@mail.com'),
(3, ' Ann@X.io'),
(4, NULL),
(5, 'cy@x.io'),
(6, 'bo@mail.com');
