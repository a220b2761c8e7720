"""A sliding-window log rate limiter: per client, the times of its allowed requests in a deque."""
import time
from collections import deque


class SlidingWindowLimiter:
    def __init__(self, limit, window, clock=time.monotonic):
        if limit < 0:
            raise ValueError("limit must be >= 0, got %r" % (limit,))
        if window <= 0:
            raise ValueError("window must be > 0, got %r" % (window,))
        self.limit = limit
        self.window = window
        self.clock = clock
        self._log = {}  # client -> deque of the times of its allowed requests, oldest first

    def allow(self, client):
        now = self.clock()
        log = self._log.get(client)
        if log is None:
            log = self._log[client] = deque()
        # A request allowed at s counts while s > now - window, i.e. for s in (now - window, now].
        horizon = now - self.window
        while log and log[0] <= horizon:
            log.popleft()
        if len(log) >= self.limit:
            return False
        log.append(now)
        return True
