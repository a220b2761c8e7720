from collections import deque

WINDOW = 300


class HitCounter:
    """A queue of [timestamp, hits at that timestamp], oldest first, plus a running total.
    Timestamps never decrease, so expired hits are always at the front."""

    def __init__(self):
        self.buckets = deque()
        self.total = 0

    def _expire(self, now: int) -> None:
        while self.buckets and self.buckets[0][0] <= now - WINDOW:
            self.total -= self.buckets.popleft()[1]

    def hit(self, timestamp: int) -> None:
        self._expire(timestamp)
        if self.buckets and self.buckets[-1][0] == timestamp:
            self.buckets[-1][1] += 1
        else:
            self.buckets.append([timestamp, 1])
        self.total += 1

    def getHits(self, timestamp: int) -> int:
        self._expire(timestamp)
        return self.total
