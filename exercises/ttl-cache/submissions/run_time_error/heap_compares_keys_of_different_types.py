import time, heapq
class TTLCache:
    def __init__(self, ttl, clock=time.monotonic):
        if ttl <= 0: raise ValueError
        self.ttl, self.clock, self.d, self.h = ttl, clock, {}, []
    def _sweep(self):
        now = self.clock()
        while self.h and self.h[0][0] <= now:
            exp, k = heapq.heappop(self.h)
            if k in self.d and self.d[k][1] == exp:
                del self.d[k]
        return now
    def set(self, k, v):
        self._sweep()
        exp = self.clock() + self.ttl
        self.d[k] = (v, exp)
        heapq.heappush(self.h, (exp, k))
    def get(self, k, default=None):
        self._sweep()
        e = self.d.get(k)
        return default if e is None else e[0]
    def delete(self, k):
        self._sweep()
        return self.d.pop(k, None) is not None
    def __len__(self):
        self._sweep()
        return len(self.d)
