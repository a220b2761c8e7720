# Bug: heapq.nlargest over a Counter iterates over its KEYS, so without key=counts.get it
# returns the k LARGEST VALUES, not the k most frequent ones.
import heapq
from collections import Counter


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    counts = Counter(nums)
    return heapq.nlargest(k, counts)
