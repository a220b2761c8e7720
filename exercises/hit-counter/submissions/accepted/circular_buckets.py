# The classic follow-up answer: 300 slots indexed by timestamp % 300, each remembering which
# second it currently counts. getHits adds up the slots that are still inside the window:
# O(300) per query, O(1) memory however many hits arrive.
class HitCounter:
    def __init__(self):
        self.times = [0] * 300
        self.counts = [0] * 300

    def hit(self, timestamp: int) -> None:
        i = timestamp % 300
        if self.times[i] != timestamp:
            self.times[i] = timestamp
            self.counts[i] = 0
        self.counts[i] += 1

    def getHits(self, timestamp: int) -> int:
        return sum(c for t, c in zip(self.times, self.counts) if t > timestamp - 300)
