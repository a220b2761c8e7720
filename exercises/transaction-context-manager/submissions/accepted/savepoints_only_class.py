import itertools

_ids = itertools.count(1)


class transaction:
    """Every level is a savepoint: outside a transaction, SAVEPOINT starts one, and releasing
    the outermost savepoint commits it."""

    def __init__(self, conn):
        self.conn = conn
        self.name = "level_%d" % next(_ids)

    def __enter__(self):
        self.conn.execute("SAVEPOINT " + self.name)
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.conn.execute("ROLLBACK TO " + self.name)
        self.conn.execute("RELEASE " + self.name)
        return False
