_MISSING = object()


class KVStore:
    def __init__(self):
        self._data = {}
        self._logs = []

    def get(self, key):
        return self._data.get(key)

    def count(self, value):
        return sum(1 for v in self._data.values() if v == value)  # O(n) per call

    def set(self, key, value):
        self._record(key)
        self._data[key] = value

    def delete(self, key):
        if key in self._data:
            self._record(key)
            del self._data[key]

    def _record(self, key):
        if self._logs and key not in self._logs[-1]:
            self._logs[-1][key] = self._data.get(key, _MISSING)

    def begin(self):
        self._logs.append({})

    def rollback(self):
        if not self._logs:
            raise RuntimeError("no transaction")
        for key, old in self._logs.pop().items():
            if old is _MISSING:
                self._data.pop(key, None)
            else:
                self._data[key] = old

    def commit(self):
        if not self._logs:
            raise RuntimeError("no transaction")
        log = self._logs.pop()
        if self._logs:
            for key, old in log.items():
                self._logs[-1].setdefault(key, old)
