# Keeps the numbers in one sorted list with bisect.insort: O(log n) to find the place but O(n)
# to shift the tail. Accepted: the shift is a single memmove in C, fast for streams of this
# size (at most 10^5 calls, and much less in the embedded tests). Two heaps are the answer an
# interviewer expects, and the one that scales.
import bisect


class MedianFinder:
    def __init__(self):
        self.nums = []

    def addNum(self, num: int) -> None:
        bisect.insort(self.nums, num)

    def findMedian(self) -> float:
        n = len(self.nums)
        if n % 2:
            return float(self.nums[n // 2])
        return (self.nums[n // 2 - 1] + self.nums[n // 2]) / 2
