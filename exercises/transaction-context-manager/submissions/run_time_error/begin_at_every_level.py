from contextlib import contextmanager


@contextmanager
def transaction(conn):
    conn.execute("BEGIN")  # a nested block fails here: SQLite has no nested BEGIN
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
