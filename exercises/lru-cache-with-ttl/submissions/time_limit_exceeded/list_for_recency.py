# Right answers, but the recency order is a list: list.remove is O(n) on every use.
import time


class LRUTTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        if capacity < 0 or ttl <= 0:
            raise ValueError("bad arguments")
        self.capacity = capacity
        self.ttl = ttl
        self.clock = clock
        self._data = {}  # key -> (value, expires_at)
        self._order = []  # keys, least recently used first
        self._put_order = []  # keys in the order of their last put

    def _drop_expired(self):
        now = self.clock()
        while self._put_order and now >= self._data[self._put_order[0]][1]:
            key = self._put_order.pop(0)
            del self._data[key]
            self._order.remove(key)
        return now

    def _touch(self, key):
        if key in self._data:
            self._order.remove(key)
        self._order.append(key)

    def get(self, key, default=None):
        self._drop_expired()
        if key not in self._data:
            return default
        self._touch(key)
        return self._data[key][0]

    def put(self, key, value):
        now = self._drop_expired()
        if self.capacity == 0:
            return
        if key not in self._data and len(self._data) >= self.capacity:
            victim = self._order.pop(0)
            del self._data[victim]
            self._put_order.remove(victim)
        self._touch(key)
        if key in self._data:
            self._put_order.remove(key)
        self._put_order.append(key)
        self._data[key] = (value, now + self.ttl)

    def __len__(self):
        self._drop_expired()
        return len(self._data)

    def keys(self):
        self._drop_expired()
        return list(self._order)
