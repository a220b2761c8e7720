# Bug: keeps the two heaps the right SIZES, but puts each new number in whichever heap is
# smaller without comparing it to the other heap's top. A large number can end up in the lower
# half, so the tops are no longer the middle values.
import heapq


class MedianFinder:
    def __init__(self):
        self.low = []   # negated values
        self.high = []

    def addNum(self, num: int) -> None:
        if len(self.low) <= len(self.high):
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
