import itertools
from contextlib import contextmanager

_names = itertools.count(1)


@contextmanager
def transaction(conn):
    if conn.in_transaction:
        name = "sp_%d" % next(_names)
        conn.execute("SAVEPOINT %s" % name)
        try:
            yield conn
        except Exception:
            conn.execute("ROLLBACK TO %s" % name)
            conn.execute("RELEASE %s" % name)
            raise
        conn.execute("RELEASE %s" % name)
    else:
        conn.execute("BEGIN")
        try:
            yield conn
        except Exception:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
