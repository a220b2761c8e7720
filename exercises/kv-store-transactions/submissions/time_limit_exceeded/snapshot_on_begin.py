class KVStore:
    """Correct results, but begin() copies the whole store and the counts."""

    def __init__(self):
        self._data = {}
        self._counts = {}
        self._snapshots = []

    def get(self, key):
        return self._data.get(key)

    def count(self, value):
        return self._counts.get(value, 0)

    def set(self, key, value):
        self.delete(key)
        self._data[key] = value
        self._counts[value] = self._counts.get(value, 0) + 1

    def delete(self, key):
        if key in self._data:
            old = self._data.pop(key)
            self._counts[old] -= 1
            if not self._counts[old]:
                del self._counts[old]

    def begin(self):
        self._snapshots.append((dict(self._data), dict(self._counts)))

    def rollback(self):
        if not self._snapshots:
            raise RuntimeError("no transaction")
        self._data, self._counts = self._snapshots.pop()

    def commit(self):
        if not self._snapshots:
            raise RuntimeError("no transaction")
        self._snapshots.pop()
