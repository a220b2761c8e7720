INSERT INTO person (id, email) VALUES
(1, ' Eli@Mail.com'),
(2, 'ELI@mail.com  '),
(3, 'fay@x.io');
