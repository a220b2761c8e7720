import sqlite3

from grind_testing import expect, expect_raises

from solution import transaction


def make_db():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE items (name TEXT)")
    return conn


def names(conn):
    return [row[0] for row in conn.execute("SELECT name FROM items ORDER BY rowid")]


class Abort(BaseException):
    """Not an Exception: like KeyboardInterrupt or SystemExit."""


def test_commit_is_durable():
    conn = make_db()
    with transaction(conn):
        conn.execute("INSERT INTO items VALUES ('kept')")
    expect(conn.in_transaction, False, "in_transaction after the block")
    # A later, explicit rollback must find nothing to undo.
    conn.execute("BEGIN")
    conn.execute("ROLLBACK")
    expect(names(conn), ["kept"], "rows after a later rollback")


def test_exception_object_is_the_same():
    conn = make_db()
    original = RuntimeError("the original")
    try:
        with transaction(conn):
            conn.execute("INSERT INTO items VALUES ('x')")
            raise original
    except RuntimeError as e:
        expect(e is original, True, "the exception that propagated is the one raised")
    else:
        raise AssertionError("the exception did not propagate out of the with block")
    expect(names(conn), [], "rows after the failed block")


def test_base_exception_also_rolls_back():
    conn = make_db()
    try:
        with transaction(conn):
            conn.execute("INSERT INTO items VALUES ('x')")
            raise Abort()
    except Abort:
        pass
    else:
        raise AssertionError("the BaseException did not propagate")
    expect(conn.in_transaction, False, "in_transaction after a block ended by a BaseException")
    expect(names(conn), [], "rows after a block ended by a BaseException")


def test_nested_success_then_outer_failure_rolls_back_everything():
    conn = make_db()
    conn.execute("INSERT INTO items VALUES ('base')")
    try:
        with transaction(conn):
            conn.execute("INSERT INTO items VALUES ('outer')")
            with transaction(conn):
                conn.execute("INSERT INTO items VALUES ('inner')")
            expect(conn.in_transaction, True, "in_transaction after the inner block, inside the outer one")
            raise ValueError("outer failed after the inner block succeeded")
    except ValueError:
        pass
    expect(names(conn), ["base"], "rows after the outer block failed")


def test_nested_success_is_committed_with_the_outer_block():
    conn = make_db()
    with transaction(conn):
        conn.execute("INSERT INTO items VALUES ('outer')")
        with transaction(conn):
            conn.execute("INSERT INTO items VALUES ('inner')")
        conn.execute("INSERT INTO items VALUES ('outer-after')")
    expect(names(conn), ["outer", "inner", "outer-after"], "rows")
    expect(conn.in_transaction, False, "in_transaction after the outer block")


def test_nested_failure_propagates_through_the_outer_block():
    conn = make_db()
    conn.execute("INSERT INTO items VALUES ('base')")

    def body():
        with transaction(conn):
            conn.execute("INSERT INTO items VALUES ('outer')")
            with transaction(conn):
                conn.execute("INSERT INTO items VALUES ('inner')")
                raise LookupError("not caught by the outer block")

    expect_raises(LookupError, body)
    expect(names(conn), ["base"], "rows after an uncaught inner failure")
    expect(conn.in_transaction, False, "in_transaction afterwards")


def test_three_levels_middle_failure():
    conn = make_db()
    with transaction(conn):
        conn.execute("INSERT INTO items VALUES ('L1')")
        try:
            with transaction(conn):
                conn.execute("INSERT INTO items VALUES ('L2')")
                with transaction(conn):
                    conn.execute("INSERT INTO items VALUES ('L3')")
                raise ValueError("level 2 fails after level 3 succeeded")
        except ValueError:
            pass
        with transaction(conn):
            conn.execute("INSERT INTO items VALUES ('L2-again')")
    expect(names(conn), ["L1", "L2-again"], "rows")


def test_two_inner_failures_in_a_row():
    conn = make_db()
    with transaction(conn):
        conn.execute("INSERT INTO items VALUES ('a')")
        for label in ("x", "y"):
            try:
                with transaction(conn):
                    conn.execute("INSERT INTO items VALUES (?)", (label,))
                    raise ValueError(label)
            except ValueError:
                pass
        conn.execute("INSERT INTO items VALUES ('b')")
    expect(names(conn), ["a", "b"], "rows")


def test_inner_block_with_base_exception_rolls_back_only_itself():
    conn = make_db()
    with transaction(conn):
        conn.execute("INSERT INTO items VALUES ('outer')")
        try:
            with transaction(conn):
                conn.execute("INSERT INTO items VALUES ('inner')")
                raise Abort()
        except Abort:
            pass
    expect(names(conn), ["outer"], "rows")


def test_connection_is_reusable_after_failures():
    conn = make_db()
    for i in range(3):
        try:
            with transaction(conn):
                conn.execute("INSERT INTO items VALUES (?)", ("fail-%d" % i,))
                raise ValueError(i)
        except ValueError:
            pass
        with transaction(conn):
            conn.execute("INSERT INTO items VALUES (?)", ("ok-%d" % i,))
    expect(names(conn), ["ok-0", "ok-1", "ok-2"], "rows")
    expect(conn.in_transaction, False, "in_transaction at the end")


def test_two_connections_are_independent():
    first, second = make_db(), make_db()
    with transaction(first):
        first.execute("INSERT INTO items VALUES ('first')")
        try:
            with transaction(second):
                second.execute("INSERT INTO items VALUES ('second')")
                raise ValueError("second fails")
        except ValueError:
            pass
        expect(second.in_transaction, False, "second connection's in_transaction after its failed block")
    expect(names(first), ["first"], "rows of the first connection")
    expect(names(second), [], "rows of the second connection")
