_DELETED = object()


class KVStore:
    """Each transaction is a layer of overrides; get() searches the layers from the top."""

    def __init__(self):
        self._layers = [{}]
        self._counts = {}

    def _lookup(self, key):
        for layer in reversed(self._layers):  # O(number of open transactions)
            if key in layer:
                value = layer[key]
                return None if value is _DELETED else value
        return None

    def get(self, key):
        return self._lookup(key)

    def count(self, value):
        return self._counts.get(value, 0)

    def _write(self, key, value):
        old = self._lookup(key)
        if old is not None:
            self._counts[old] -= 1
        if value is not _DELETED:
            self._counts[value] = self._counts.get(value, 0) + 1
        if len(self._layers) == 1 and value is _DELETED:
            self._layers[0].pop(key, None)
        else:
            self._layers[-1][key] = value

    def set(self, key, value):
        self._write(key, value)

    def delete(self, key):
        if self._lookup(key) is not None:
            self._write(key, _DELETED)

    def begin(self):
        self._layers.append({})

    def rollback(self):
        if len(self._layers) == 1:
            raise RuntimeError("no transaction")
        top = self._layers.pop()
        for key, value in top.items():
            if value is not _DELETED:
                self._counts[value] -= 1
            old = self._lookup(key)
            if old is not None:
                self._counts[old] = self._counts.get(old, 0) + 1

    def commit(self):
        if len(self._layers) == 1:
            raise RuntimeError("no transaction")
        top = self._layers.pop()
        for key, value in top.items():
            if len(self._layers) == 1 and value is _DELETED:
                self._layers[0].pop(key, None)
            else:
                self._layers[-1][key] = value
