import time


class TTLCache:
    def __init__(self, ttl, clock=time.monotonic):
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.ttl = ttl
        self.clock = clock
        self._values = {}
        self._expiry = {}

    def _purge(self, key):
        if key in self._expiry and self.clock() >= self._expiry[key]:
            del self._values[key]
            del self._expiry[key]

    def set(self, key, value):
        self._values[key] = value
        self._expiry[key] = self.clock() + self.ttl

    def get(self, key, default=None):
        self._purge(key)
        value = self._values.get(key)
        return default if value is None else value

    def delete(self, key):
        self._purge(key)
        if key not in self._values:
            return False
        del self._values[key]
        del self._expiry[key]
        return True

    def __len__(self):
        for key in list(self._values):
            self._purge(key)
        return len(self._values)
