# Quickselect with a random pivot and a three-way split (< pivot, == pivot, > pivot): O(n) on
# average, and a block of equal values is settled in one step instead of one element at a time.
import random


def find_kth_largest(nums: List[int], k: int) -> int:
    items = nums
    while True:
        pivot = random.choice(items)
        bigger = [x for x in items if x > pivot]
        if k <= len(bigger):
            items = bigger
            continue
        equal = sum(1 for x in items if x == pivot)
        if k <= len(bigger) + equal:
            return pivot
        k -= len(bigger) + equal
        items = [x for x in items if x < pivot]
