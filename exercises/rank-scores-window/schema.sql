CREATE TABLE scores (
    id INTEGER PRIMARY KEY,
    score REAL
);
