import time, bisect
class SlidingWindowLimiter:
    def __init__(self, limit, window, clock=time.monotonic):
        if limit < 0 or window <= 0: raise ValueError
        self.limit, self.window, self.clock, self.logs = limit, window, clock, {}
    def allow(self, client):
        now = self.clock()
        log = self.logs.setdefault(client, [])
        i = bisect.bisect_right(log, now - self.window)
        if i: del log[:i]
        if len(log) < self.limit:
            log.append(now); return True
        return False
