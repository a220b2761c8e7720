INSERT INTO person (id, email) VALUES
(1, '  cy@x.io'),
(2, 'cy@x.io '),
(3, 'dara@x.io');
