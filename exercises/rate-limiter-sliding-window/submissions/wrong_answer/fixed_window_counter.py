import time


class SlidingWindowLimiter:
    def __init__(self, limit, window, clock=time.monotonic):
        if limit < 0 or window <= 0:
            raise ValueError("need limit >= 0 and window > 0")
        self.limit = limit
        self.window = window
        self.clock = clock
        self._counts = {}  # client -> (window number, requests allowed in it)

    def allow(self, client):
        bucket = int(self.clock() // self.window)
        current, count = self._counts.get(client, (bucket, 0))
        if current != bucket:
            count = 0
        if count >= self.limit:
            return False
        self._counts[client] = (bucket, count + 1)
        return True
