INSERT INTO person (id, email) VALUES
(900, 'z@x.io'),
(3, 'y@x.io'),
(77, ' Z@x.io');
