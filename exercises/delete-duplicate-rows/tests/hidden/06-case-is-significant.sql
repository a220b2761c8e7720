INSERT INTO person (id, email) VALUES
(1, 'Bo@x.io'),
(2, 'bo@x.io'),
(3, 'BO@X.IO'),
(4, 'bo@x.io');
