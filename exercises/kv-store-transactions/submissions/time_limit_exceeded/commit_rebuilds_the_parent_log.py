"""An in-memory key-value store with nested transactions.

The data dict always holds the current state, and `_counts` maps each value to the number of
keys holding it. Each open transaction has an undo log: key -> the value it had before the
transaction first changed it (or MISSING). Rollback replays the top log; commit hands the top
log's entries to the parent, keeping the parent's own older entries."""

_MISSING = object()


class KVStore:
    def __init__(self):
        self._data = {}
        self._counts = {}
        self._logs = []  # one undo log per open transaction, innermost last

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
            # The parent's entries win (they are older): but this builds a new dict the size of
            # the parent's log on every commit.
            self._logs[-1] = {**log, **self._logs[-1]}

    def _change(self, key, value):
        if self._logs:
            self._logs[-1].setdefault(key, self._data.get(key, _MISSING))
        self._put(key, value)

    def _put(self, key, value):
        """Set (or, with _MISSING, remove) a key, keeping the value counts right."""
        old = self._data.get(key, _MISSING)
        if old is not _MISSING:
            left = self._counts[old] - 1
            if left:
                self._counts[old] = left
            else:
                del self._counts[old]
        if value is _MISSING:
            self._data.pop(key, None)
        else:
            self._data[key] = value
            self._counts[value] = self._counts.get(value, 0) + 1
