import sqlite3

from grind_testing import expect, expect_raises

from solution import transaction


def make_db():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE items (name TEXT)")
    return conn


def names(conn):
    return [row[0] for row in conn.execute("SELECT name FROM items ORDER BY rowid")]


def test_success_commits():
    conn = make_db()
    with transaction(conn) as c:
        expect(c is conn, True, "the `as` target is the connection")
        conn.execute("INSERT INTO items VALUES ('a')")
        conn.execute("INSERT INTO items VALUES ('b')")
    expect(conn.in_transaction, False, "in_transaction after a successful block")
    expect(names(conn), ["a", "b"], "rows after a successful block")


def test_failure_rolls_back_and_reraises():
    conn = make_db()
    conn.execute("INSERT INTO items VALUES ('before')")

    def failing():
        with transaction(conn):
            conn.execute("INSERT INTO items VALUES ('lost')")
            raise ValueError("boom")

    err = expect_raises(ValueError, failing)
    expect(str(err), "boom", "the exception that came out")
    expect(conn.in_transaction, False, "in_transaction after a failed block")
    expect(names(conn), ["before"], "rows after a failed block")


def test_nested_failure_undoes_only_the_inner_block():
    conn = make_db()
    with transaction(conn):
        conn.execute("INSERT INTO items VALUES ('outer-1')")
        try:
            with transaction(conn):
                conn.execute("INSERT INTO items VALUES ('inner')")
                raise KeyError("inner failed")
        except KeyError:
            pass
        conn.execute("INSERT INTO items VALUES ('outer-2')")
    expect(names(conn), ["outer-1", "outer-2"], "rows after the outer block committed")
