import heapq


class MedianFinder:
    """Two heaps: `low` holds the smaller half as negated values (a max-heap), `high` the
    larger half (a min-heap). Invariants: every value in low <= every value in high, and
    len(low) is len(high) or len(high) + 1, so the median sits at the top(s)."""

    def __init__(self):
        self.low = []
        self.high = []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))   # largest of low moves up
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
