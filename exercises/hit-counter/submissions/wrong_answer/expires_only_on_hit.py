# Bug: drops expired hits only when a new hit arrives; getHits just reports the queue length,
# so after a quiet period old hits are still counted.
from collections import deque


class HitCounter:
    def __init__(self):
        self.hits = deque()

    def hit(self, timestamp: int) -> None:
        while self.hits and self.hits[0] <= timestamp - 300:
            self.hits.popleft()
        self.hits.append(timestamp)

    def getHits(self, timestamp: int) -> int:
        return len(self.hits)
