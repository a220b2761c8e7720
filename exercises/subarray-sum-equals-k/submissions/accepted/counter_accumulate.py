# The same prefix-sum counting, written with itertools.accumulate and a Counter.
from collections import Counter
from itertools import accumulate


def subarray_sum(nums: List[int], k: int) -> int:
    seen = Counter({0: 1})
    count = 0
    for total in accumulate(nums):
        count += seen[total - k]
        seen[total] += 1
    return count
