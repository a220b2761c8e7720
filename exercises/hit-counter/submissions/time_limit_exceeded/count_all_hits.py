# Correct but O(total hits) per query: keeps every hit forever and checks each one.
class HitCounter:
    def __init__(self):
        self.hits = []

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def getHits(self, timestamp: int) -> int:
        return sum(1 for h in self.hits if timestamp - 300 < h <= timestamp)
