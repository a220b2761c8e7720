"""An LRU cache whose entries also expire, with O(1) amortised operations.

Two ordered views of the same entries:
- `_values`: key -> value, least recently used first (get and put move a key to the end);
- `_expiry`: key -> expiry time, soonest expiry first. Every entry lives exactly `ttl` after its
  last put and the clock never goes back, so the order of the last puts IS the expiry order:
  put moves the key to the end, and the expired entries are always a prefix of this view.
Dropping that prefix before every operation keeps expired entries out of every answer and out
of the capacity count; each entry is dropped once, so the cost is amortised O(1).
"""
import time
from collections import OrderedDict


class LRUTTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        if capacity < 0:
            raise ValueError("capacity must be >= 0, got %r" % (capacity,))
        if ttl <= 0:
            raise ValueError("ttl must be positive, got %r" % (ttl,))
        self.capacity = capacity
        self.ttl = ttl
        self.clock = clock
        self._values = OrderedDict()
        self._expiry = OrderedDict()

    def _purge(self):
        now = self.clock()
        expiry = self._expiry
        while expiry:
            key = next(iter(expiry))
            if now < expiry[key]:
                break
            del expiry[key]
            del self._values[key]
        return now

    def get(self, key, default=None):
        self._purge()
        if key not in self._values:
            return default
        self._values.move_to_end(key)
        return self._values[key]

    def put(self, key, value):
        now = self._purge()
        if self.capacity == 0:
            return
        if key not in self._values and len(self._values) >= self.capacity:
            oldest, _ = self._values.popitem(last=False)
            del self._expiry[oldest]
        self._values[key] = value
        self._values.move_to_end(key)
        self._expiry[key] = now + self.ttl

    def __len__(self):
        self._purge()
        return len(self._values)

    def keys(self):
        self._purge()
        return list(self._values)
