class transaction:
    """Rolls back on failure, but __exit__ returns True: the exception disappears."""

    def __init__(self, conn):
        self.conn = conn
        self.name = None

    def __enter__(self):
        if self.conn.in_transaction:
            self.name = "sp_%d" % id(self)
            self.conn.execute("SAVEPOINT " + self.name)
        else:
            self.conn.execute("BEGIN")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.conn.execute("RELEASE " + self.name if self.name else "COMMIT")
        elif self.name:
            self.conn.execute("ROLLBACK TO " + self.name)
            self.conn.execute("RELEASE " + self.name)
        else:
            self.conn.execute("ROLLBACK")
        return True
