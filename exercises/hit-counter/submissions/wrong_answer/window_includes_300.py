# Off-by-one: keeps hits that are exactly 300 seconds old (expires only h < t - 300), so the
# window is 301 seconds long.
from collections import deque


class HitCounter:
    def __init__(self):
        self.hits = deque()

    def _expire(self, now):
        while self.hits and self.hits[0] < now - 300:
            self.hits.popleft()

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def getHits(self, timestamp: int) -> int:
        self._expire(timestamp)
        return len(self.hits)
