import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        if rate < 0:
            raise ValueError("rate must be >= 0, got %r" % (rate,))
        if capacity <= 0:
            raise ValueError("capacity must be > 0, got %r" % (capacity,))
        self.rate = rate
        self.capacity = capacity
        self.clock = clock
        self._tokens = float(capacity)
        self._updated = clock()

    def _refill(self):
        now = self.clock()
        elapsed = now - self._updated
        if elapsed > 0:
            self._tokens = min(float(self.capacity), self._tokens + elapsed * self.rate)
        self._updated = now

    def allow(self, cost=1):
        if cost <= 0:
            raise ValueError("cost must be > 0, got %r" % (cost,))
        self._refill()
        self._tokens -= cost
        if self._tokens >= 0:
            return True
        self._tokens = 0.0
        return False
