# Right answers, but every operation looks at every entry to find the expired ones: O(n).
import time
from collections import OrderedDict


class LRUTTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        if capacity < 0 or ttl <= 0:
            raise ValueError("bad arguments")
        self.capacity = capacity
        self.ttl = ttl
        self.clock = clock
        self._data = OrderedDict()  # key -> (value, expires_at), least recently used first

    def _drop_expired(self):
        now = self.clock()
        for key in [k for k, (_, expires_at) in self._data.items() if now >= expires_at]:
            del self._data[key]
        return now

    def get(self, key, default=None):
        self._drop_expired()
        if key not in self._data:
            return default
        self._data.move_to_end(key)
        return self._data[key][0]

    def put(self, key, value):
        now = self._drop_expired()
        if self.capacity == 0:
            return
        if key not in self._data and len(self._data) >= self.capacity:
            self._data.popitem(last=False)
        self._data[key] = (value, now + self.ttl)
        self._data.move_to_end(key)

    def __len__(self):
        self._drop_expired()
        return len(self._data)

    def keys(self):
        self._drop_expired()
        return list(self._data)
