INSERT INTO person (id, email) VALUES
(1, 'Ann@X.io'),
(2, 'ANN@X.IO'),
(3, 'bo@x.io');
