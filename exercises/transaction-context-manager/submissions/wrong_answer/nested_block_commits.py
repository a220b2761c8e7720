from contextlib import contextmanager


@contextmanager
def transaction(conn):
    started = not conn.in_transaction
    if started:
        conn.execute("BEGIN")
    try:
        yield conn
    except BaseException:
        conn.rollback()
        raise
    conn.commit()  # every level commits when it finishes
