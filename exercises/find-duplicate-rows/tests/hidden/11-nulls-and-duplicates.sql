INSERT INTO person (id, email) VALUES
(1, NULL),
(2, 'kai@x.io'),
(3, NULL),
(4, 'KAI@x.io'),
(5, NULL),
(6, 'lou@x.io');
