"""Write `LRUTTLCache` here. The tests import it with `from solution import LRUTTLCache`."""
import time


class LRUTTLCache:
    """At most `capacity` live entries, least recently used evicted first; every entry expires
    `ttl` seconds after its last put (live while clock() < t + ttl). Expired entries never take
    a slot. get, put and len are O(1) amortised."""

    def __init__(self, capacity, ttl, clock=time.monotonic):
        self.capacity = capacity
        self.ttl = ttl
        self.clock = clock

    def get(self, key, default=None):
        """The live value under `key` (now the most recently used), else `default`."""
        raise NotImplementedError

    def put(self, key, value):
        """Store `value` under `key`, evicting the least recently used live entry if full."""
        raise NotImplementedError

    def __len__(self):
        """The number of live entries."""
        raise NotImplementedError

    def keys(self):
        """The live keys, least recently used first."""
        raise NotImplementedError
