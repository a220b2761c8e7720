# O(n) time but O(n) extra space: count the occurrences and return the one seen once.
from collections import Counter


def single_number(nums: List[int]) -> int:
    for value, count in Counter(nums).items():
        if count == 1:
            return value
    return 0
