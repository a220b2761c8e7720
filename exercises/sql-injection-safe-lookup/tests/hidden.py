import sqlite3

from grind_testing import expect, expect_true

from solution import find_user, search_users

USERS = [
    (1, "ada", "Ada Lovelace"),
    (2, "obrien", "Pat O'Brien"),
    (3, "al", "Alan Turing"),
    (4, "grace", "Grace Hopper"),
    (5, "o'connor", "Sinead O'Connor"),
    (6, "Zed", "alfred Zed"),
    (7, "big_al", "ALBERT Big"),
]


def make_db(users=USERS):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, name TEXT NOT NULL)")
    conn.executemany("INSERT INTO users (id, username, name) VALUES (?, ?, ?)", users)
    return conn


def all_rows(conn):
    return [tuple(row) for row in conn.execute("SELECT id, username, name FROM users ORDER BY id")]


class RecordingCursor:
    """A cursor that records the SQL text it executes."""

    def __init__(self, cursor, log):
        self._cursor = cursor
        self._log = log

    def execute(self, sql, *args):
        self._log.append(sql)
        self._cursor.execute(sql, *args)
        return self

    def executemany(self, sql, *args):
        self._log.append(sql)
        self._cursor.executemany(sql, *args)
        return self

    def __iter__(self):
        return iter(self._cursor)

    def __getattr__(self, name):
        return getattr(self._cursor, name)


class RecordingConnection:
    """Wraps a sqlite3 connection and records the SQL text of every statement run through it."""

    def __init__(self, conn):
        object.__setattr__(self, "_conn", conn)
        object.__setattr__(self, "sql_log", [])

    def execute(self, sql, *args):
        return self.cursor().execute(sql, *args)

    def executemany(self, sql, *args):
        return self.cursor().executemany(sql, *args)

    def executescript(self, script):
        self.sql_log.append(script)
        return self._conn.executescript(script)

    def cursor(self, *args):
        return RecordingCursor(self._conn.cursor(*args), self.sql_log)

    def __enter__(self):
        self._conn.__enter__()
        return self

    def __exit__(self, *exc):
        return self._conn.__exit__(*exc)

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def __setattr__(self, name, value):
        setattr(self._conn, name, value)


def expect_not_in_sql(log, value):
    expect_true(log, "no SQL was executed through the connection passed in")
    for sql in log:
        expect_true(value not in sql, "the input %r appears in the SQL text %r: pass it as a parameter" % (value, sql))


# ---------------------------------------------------------------- find_user


def test_find_user_matches_exactly():
    conn = make_db()
    expect(find_user(conn, "Ada"), None, "find_user('Ada') (case differs)")
    expect(find_user(conn, "ad"), None, "find_user('ad') (a prefix is not a match)")
    expect(find_user(conn, "ada "), None, "find_user('ada ')")
    expect(find_user(conn, "Zed"), {"id": 6, "username": "Zed", "name": "alfred Zed"}, "find_user('Zed')")


def test_find_user_wildcards_are_ordinary_characters():
    conn = make_db()
    expect(find_user(conn, "%"), None, "find_user('%')")
    expect(find_user(conn, "a_a"), None, "find_user('a_a')")
    expect(find_user(conn, "big%"), None, "find_user('big%')")
    expect(find_user(conn, "big_al"), {"id": 7, "username": "big_al", "name": "ALBERT Big"}, "find_user('big_al')")


def test_find_user_with_a_quote_in_the_username():
    conn = make_db()
    expect(find_user(conn, "o'connor"), {"id": 5, "username": "o'connor", "name": "Sinead O'Connor"},
           "find_user(\"o'connor\")")


def test_find_user_or_true_payload_finds_nobody():
    conn = make_db()
    expect(find_user(conn, "x' OR '1'='1"), None, "find_user(\"x' OR '1'='1\")")
    expect(find_user(conn, "' OR 1=1 --"), None, "find_user(\"' OR 1=1 --\")")
    expect(find_user(conn, "ada' --"), None, "find_user(\"ada' --\")")


def test_find_user_drop_table_payload_changes_nothing():
    conn = make_db()
    before = all_rows(conn)
    expect(find_user(conn, "'; DROP TABLE users; --"), None, "find_user(\"'; DROP TABLE users; --\")")
    expect(all_rows(conn), before, "the users table after the call")


def test_find_user_passes_the_username_as_a_parameter():
    conn = RecordingConnection(make_db())
    expect(find_user(conn, "grace"), {"id": 4, "username": "grace", "name": "Grace Hopper"}, "find_user('grace')")
    expect_not_in_sql(conn.sql_log, "grace")
    conn.sql_log.clear()
    expect(find_user(conn, "x' OR 'q'='q"), None, "find_user(\"x' OR 'q'='q\")")
    expect_not_in_sql(conn.sql_log, "OR 'q'='q")


# ---------------------------------------------------------------- search_users


def test_search_ignores_ascii_case():
    conn = make_db()
    expect(search_users(conn, "al"), ["Zed", "al", "big_al"], "search_users('al')")
    expect(search_users(conn, "ALAN"), ["al"], "search_users('ALAN')")


def test_search_results_are_sorted_plain_strings():
    conn = make_db([(1, "mia", "Sam Two"), (2, "Bob", "Sam One"), (3, "amy", "sam three"), (4, "Zoe", "SAM four")])
    result = search_users(conn, "sam")
    expect(result, ["Bob", "Zoe", "amy", "mia"], "search_users('sam')")


def test_search_empty_prefix_and_no_match():
    conn = make_db()
    expect(search_users(conn, ""), ["Zed", "ada", "al", "big_al", "grace", "o'connor", "obrien"], "search_users('')")
    expect(search_users(conn, "Q"), [], "search_users('Q')")
    expect(search_users(make_db([]), ""), [], "search_users('') on an empty table")


def test_search_percent_is_literal():
    conn = make_db([(1, "cotton", "100% Cotton"), (2, "islands", "1000 Islands"), (3, "street", "10 Downing"),
                    (4, "pct", "%"), (5, "pct2", "%%")])
    expect(search_users(conn, "100%"), ["cotton"], "search_users('100%')")
    expect(search_users(conn, "%"), ["pct", "pct2"], "search_users('%')")
    expect(search_users(conn, "%%"), ["pct2"], "search_users('%%')")


def test_search_underscore_is_literal():
    conn = make_db([(1, "snake", "A_B"), (2, "plain", "AxB"), (3, "short", "A"), (4, "under", "_x")])
    expect(search_users(conn, "A_"), ["snake"], "search_users('A_')")
    expect(search_users(conn, "_"), ["under"], "search_users('_')")


def test_search_punctuation_is_literal():
    marks = ["\\", "!", "^", "#", "|", "~", "=", "$", "[", "]", "*", "?", "/", "\"", "@"]
    users = []
    for k, mark in enumerate(marks):
        users.append((2 * k + 1, "hit%d" % k, "C:" + mark + "x"))
        users.append((2 * k + 2, "miss%d" % k, "C:" + "y" + mark))
    conn = make_db(users)
    for k, mark in enumerate(marks):
        expect(search_users(conn, "C:" + mark), ["hit%d" % k], "search_users(%r)" % ("C:" + mark))
    expect(search_users(conn, "C:\\x"), ["hit0"], "search_users('C:\\\\x')")


def test_search_non_ascii_letters_match_only_themselves():
    conn = make_db([(1, "emile", "\u00c9mile"), (2, "elodie", "\u00e9lodie"), (3, "eve", "Eve"),
                    (4, "strasse", "Stra\u00dfe"), (5, "istanbul", "\u0130stanbul")])
    expect(search_users(conn, "\u00c9"), ["emile"], "search_users('\u00c9') (only ASCII letters ignore case)")
    expect(search_users(conn, "\u00e9"), ["elodie"], "search_users('\u00e9') (only ASCII letters ignore case)")
    expect(search_users(conn, "E"), ["eve"], "search_users('E')")
    expect(search_users(conn, "i"), [], "search_users('i') (U+0130 is not an ASCII letter)")
    expect(search_users(conn, "STRASSE"), [], "search_users('STRASSE') (no Unicode case folding)")
    expect(search_users(conn, "stra\u00df"), ["strasse"], "search_users('stra\u00df')")


def test_search_injection_payloads_find_nobody():
    conn = make_db()
    before = all_rows(conn)
    expect(search_users(conn, "' OR 1=1 --"), [], "search_users(\"' OR 1=1 --\")")
    expect(search_users(conn, "%' OR '1'='1"), [], "search_users(\"%' OR '1'='1\")")
    expect(search_users(conn, "'; DROP TABLE users; --"), [], "search_users(\"'; DROP TABLE users; --\")")
    expect(all_rows(conn), before, "the users table after the calls")


def test_search_names_with_quotes():
    conn = make_db()
    expect(search_users(conn, "Sinead O'C"), ["o'connor"], "search_users(\"Sinead O'C\")")
    conn2 = make_db([(1, "dq", 'The "Boss"'), (2, "sq", "The 'Boss'")])
    expect(search_users(conn2, 'The "'), ["dq"], "search_users('The \"')")
    expect(search_users(conn2, "The '"), ["sq"], "search_users(\"The '\")")


def test_search_passes_the_prefix_as_a_parameter():
    conn = RecordingConnection(make_db())
    expect(search_users(conn, "Grace H"), ["grace"], "search_users('Grace H')")
    expect_not_in_sql(conn.sql_log, "Grace H")

