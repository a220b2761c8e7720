"""Another accepted approach: a fixed-size ring buffer of the last `limit` allowed times per
client. The request is allowed when fewer than `limit` requests were ever allowed, or when the
oldest of the last `limit` allowed requests has left the window."""
import time


class SlidingWindowLimiter:
    def __init__(self, limit, window, clock=time.monotonic):
        if limit < 0 or window <= 0:
            raise ValueError("need limit >= 0 and window > 0")
        self.limit = limit
        self.window = window
        self.clock = clock
        self._rings = {}  # client -> [times (list of size limit), next index, count]

    def allow(self, client):
        if self.limit == 0:
            return False
        now = self.clock()
        ring = self._rings.get(client)
        if ring is None:
            ring = self._rings[client] = [[0.0] * self.limit, 0, 0]
        times, index, count = ring
        if count == self.limit and now - times[index] < self.window:
            return False
        times[index] = now
        ring[1] = (index + 1) % self.limit
        ring[2] = min(count + 1, self.limit)
        return True
