from contextlib import contextmanager


@contextmanager
def transaction(conn):
    if conn.in_transaction:
        # Already inside a transaction: let the outer block handle everything.
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
