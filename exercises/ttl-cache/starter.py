"""Write `TTLCache` here. The tests import it with `from solution import TTLCache`."""
import time


class TTLCache:
    """A cache whose entries live `ttl` seconds after they were set: an entry set at `t` is
    live while clock() < t + ttl."""

    def __init__(self, ttl, clock=time.monotonic):
        self.ttl = ttl
        self.clock = clock

    def set(self, key, value):
        """Store `value` under `key`; (re)start its lifetime."""
        raise NotImplementedError

    def get(self, key, default=None):
        """The live value under `key`, else `default`."""
        raise NotImplementedError

    def delete(self, key):
        """Remove `key`; True if a live entry was removed, else False."""
        raise NotImplementedError

    def __len__(self):
        """The number of live entries."""
        raise NotImplementedError
