"""A transaction context manager for sqlite3 connections opened with isolation_level=None.

The outermost block uses BEGIN / COMMIT / ROLLBACK; a block entered while a transaction is
already open uses a savepoint, so that its failure undoes only its own work."""
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
        except BaseException:
            conn.execute("ROLLBACK TO %s" % name)  # undo the block's work ...
            conn.execute("RELEASE %s" % name)      # ... and close the savepoint
            raise
        conn.execute("RELEASE %s" % name)
    else:
        conn.execute("BEGIN")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
