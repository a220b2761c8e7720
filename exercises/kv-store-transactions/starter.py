"""Write `KVStore` here. The tests import it with `from solution import KVStore`."""


class KVStore:
    def __init__(self):
        self.data = {}

    def get(self, key):
        """The key's value, or None."""
        return self.data.get(key)

    def set(self, key, value):
        self.data[key] = value

    def delete(self, key):
        """Remove the key; do nothing if it is not set."""
        self.data.pop(key, None)

    def count(self, value):
        """How many keys have this value, in O(1)."""
        raise NotImplementedError

    def begin(self):
        raise NotImplementedError

    def commit(self):
        """Close the innermost transaction keeping its changes; RuntimeError if none is open."""
        raise NotImplementedError

    def rollback(self):
        """Undo the innermost transaction's changes; RuntimeError if none is open."""
        raise NotImplementedError
