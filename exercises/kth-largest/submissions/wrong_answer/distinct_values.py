# Misreading: takes the k-th largest DISTINCT value, merging duplicates.
import heapq


def find_kth_largest(nums: List[int], k: int) -> int:
    return heapq.nlargest(k, set(nums))[-1]
