"""A cache whose entries expire a fixed time after they were set, on an injectable clock."""
import time


class TTLCache:
    def __init__(self, ttl, clock=time.monotonic):
        if ttl <= 0:
            raise ValueError("ttl must be positive, got %r" % (ttl,))
        self.ttl = ttl
        self.clock = clock
        self._data = {}  # key -> (value, expires_at)

    def _live_entry(self, key, now):
        """The (value, expires_at) of a live entry, or None; drops the entry if it expired."""
        entry = self._data.get(key)
        if entry is None:
            return None
        if now >= entry[1]:
            del self._data[key]
            return None
        return entry

    def set(self, key, value):
        self._data[key] = (value, self.clock() + self.ttl)

    def get(self, key, default=None):
        entry = self._live_entry(key, self.clock())
        return default if entry is None else entry[0]

    def delete(self, key):
        if self._live_entry(key, self.clock()) is None:
            return False
        del self._data[key]
        return True

    def __len__(self):
        now = self.clock()
        for key in [k for k, (_, expires_at) in self._data.items() if now >= expires_at]:
            del self._data[key]
        return len(self._data)
