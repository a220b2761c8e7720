# O(n + d log k): count with Counter, keep the k largest counts with a heap.
import heapq
from collections import Counter


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    counts = Counter(nums)
    return heapq.nlargest(k, counts, key=counts.__getitem__)
