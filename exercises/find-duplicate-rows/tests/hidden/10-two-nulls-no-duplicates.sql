INSERT INTO person (id, email) VALUES
(1, NULL),
(2, 'kai@x.io'),
(3, NULL),
(4, 'lou@x.io');
