CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    email TEXT
);
