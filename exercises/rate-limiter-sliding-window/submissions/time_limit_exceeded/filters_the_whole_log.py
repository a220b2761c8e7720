# Right answers, but every call rebuilds the client's list: O(limit) per call.
import time


class SlidingWindowLimiter:
    def __init__(self, limit, window, clock=time.monotonic):
        if limit < 0 or window <= 0:
            raise ValueError("need limit >= 0 and window > 0")
        self.limit = limit
        self.window = window
        self.clock = clock
        self._log = {}

    def allow(self, client):
        now = self.clock()
        recent = [s for s in self._log.get(client, []) if s > now - self.window]
        self._log[client] = recent
        if len(recent) >= self.limit:
            return False
        recent.append(now)
        return True
