INSERT INTO person (id, email) VALUES
(1, 'cy@x.io'),
(2, 'cy@x.io '),
(3, ' cy@x.io'),
(4, 'cy@x.io ');
