# Correct quickselect with a random pivot, but a two-way (Lomuto) partition: elements equal to
# the pivot all go to one side. When most values are equal, each round only removes one element
# and the whole thing becomes O(n^2).
import random


def find_kth_largest(nums: List[int], k: int) -> int:
    a = list(nums)
    target = len(a) - k          # index of the answer in ascending order
    lo, hi = 0, len(a) - 1
    while True:
        if lo == hi:
            return a[lo]
        p = random.randint(lo, hi)
        a[p], a[hi] = a[hi], a[p]
        pivot = a[hi]
        store = lo
        for i in range(lo, hi):
            if a[i] < pivot:
                a[i], a[store] = a[store], a[i]
                store += 1
        a[store], a[hi] = a[hi], a[store]
        if store == target:
            return a[store]
        if store < target:
            lo = store + 1
        else:
            hi = store - 1
