"""Write `transaction` here. The tests import it with `from solution import transaction`."""


def transaction(conn):
    """A context manager: commit `conn`'s work on success, roll it back and re-raise on an
    exception; a nested block uses a SAVEPOINT so that its failure undoes only its own work.

    `with transaction(conn) as c:` gives `c is conn`.
    """
    raise NotImplementedError
