import sqlite3

from grind_testing import expect

from solution import find_user, search_users

USERS = [
    (1, "ada", "Ada Lovelace"),
    (2, "obrien", "Pat O'Brien"),
    (3, "al", "Alan Turing"),
    (4, "grace", "Grace Hopper"),
]


def make_db(users=USERS):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, name TEXT NOT NULL)")
    conn.executemany("INSERT INTO users (id, username, name) VALUES (?, ?, ?)", users)
    return conn


def test_find_user_returns_a_dict_or_none():
    conn = make_db()
    expect(find_user(conn, "ada"), {"id": 1, "username": "ada", "name": "Ada Lovelace"}, "find_user('ada')")
    expect(find_user(conn, "nobody"), None, "find_user('nobody')")


def test_search_users_by_name_prefix():
    conn = make_db()
    expect(search_users(conn, "a"), ["ada", "al"], "search_users('a')")
    expect(search_users(conn, "Grace"), ["grace"], "search_users('Grace')")


def test_prefix_with_an_apostrophe():
    conn = make_db()
    expect(search_users(conn, "Pat O'"), ["obrien"], "search_users(\"Pat O'\")")
