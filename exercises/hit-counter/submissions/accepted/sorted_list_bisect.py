# Keeps every hit in a list (already sorted, since timestamps never decrease) and counts the
# recent ones with a binary search. O(log n) per query; memory grows with the number of hits,
# which the constraints allow.
import bisect


class HitCounter:
    def __init__(self):
        self.hits = []

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def getHits(self, timestamp: int) -> int:
        return len(self.hits) - bisect.bisect_right(self.hits, timestamp - 300)
