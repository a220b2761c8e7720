INSERT INTO person (id, email) VALUES
(1, 'same@x.io'),
(2, 'same@x.io'),
(3, 'same@x.io'),
(4, 'same@x.io'),
(5, 'same@x.io'),
(6, 'same@x.io'),
(7, 'same@x.io'),
(8, 'same@x.io'),
(9, 'same@x.io'),
(10, 'same@x.io'),
(11, 'same@x.io'),
(12, 'same@x.io');
