_MISSING = object()


class KVStore:
    def __init__(self):
        self._data = {}
        self._counts = {}
        self._logs = []

    def get(self, key):
        return self._data.get(key)

    def count(self, value):
        return self._counts.get(value, 0)

    def set(self, key, value):
        self._change(key, value)

    def delete(self, key):
        if key in self._data:
            self._change(key, _MISSING)

    def begin(self):
        self._logs.append({})

    def rollback(self):
        if not self._logs:
            raise RuntimeError("no transaction is open")
        for key, old in self._logs.pop().items():
            self._put(key, old)

    def commit(self):
        if not self._logs:
            raise RuntimeError("no transaction is open")
        log = self._logs.pop()
        if self._logs:
            parent = self._logs[-1]
            for key, old in log.items():
                parent.setdefault(key, old)

    def _change(self, key, value):
        if self._logs:
            self._logs[-1][key] = self._data.get(key, _MISSING)  # overwrites the value from before the transaction
        self._put(key, value)

    def _put(self, key, value):
        old = self._data.get(key, _MISSING)
        if old is not _MISSING:
            self._counts[old] -= 1
        if value is _MISSING:
            self._data.pop(key, None)
        else:
            self._data[key] = value
            self._counts[value] = self._counts.get(value, 0) + 1
