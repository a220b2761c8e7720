"""Two heaps with lazy deletion, but the expiry heap holds (expires_at, key): keys put at the
same instant are compared, which fails for keys of different types."""
import heapq
import time


class LRUTTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        if capacity < 0 or ttl <= 0:
            raise ValueError("capacity must be >= 0 and ttl > 0")
        self.capacity = capacity
        self.ttl = ttl
        self.clock = clock
        self._entries = {}  # key -> [value, expires_at, last_use]
        self._by_use = []  # (last_use, key); stale when last_use changed
        self._by_expiry = []  # (expires_at, last_put, key); stale when the key was put again
        self._tick = 0

    def _use(self, key, entry):
        self._tick += 1
        entry[2] = self._tick
        heapq.heappush(self._by_use, (self._tick, key))
        if len(self._by_use) > 2 * len(self._entries) + 16:
            self._by_use = [(e[2], k) for k, e in self._entries.items()]
            heapq.heapify(self._by_use)

    def _drop_expired(self):
        now = self.clock()
        heap = self._by_expiry
        while heap and heap[0][0] <= now:
            expires_at, key = heapq.heappop(heap)
            entry = self._entries.get(key)
            if entry is not None and entry[1] == expires_at:
                del self._entries[key]
        return now

    def get(self, key, default=None):
        self._drop_expired()
        entry = self._entries.get(key)
        if entry is None:
            return default
        self._use(key, entry)
        return entry[0]

    def put(self, key, value):
        now = self._drop_expired()
        if self.capacity == 0:
            return
        if key not in self._entries and len(self._entries) >= self.capacity:
            while True:
                last_use, victim = heapq.heappop(self._by_use)
                entry = self._entries.get(victim)
                if entry is not None and entry[2] == last_use:
                    del self._entries[victim]
                    break
        entry = [value, now + self.ttl, 0, self._tick + 1]
        self._entries[key] = entry
        self._use(key, entry)
        heapq.heappush(self._by_expiry, (entry[1], key))

    def __len__(self):
        self._drop_expired()
        return len(self._entries)

    def keys(self):
        self._drop_expired()
        return sorted(self._entries, key=lambda k: self._entries[k][2])
