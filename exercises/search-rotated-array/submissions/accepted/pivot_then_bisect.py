# Find the rotation point (index of the minimum) by binary search once, then run an ordinary
# binary search in whichever sorted part can hold the target.
from bisect import bisect_left


def search_rotated(nums: List[int], targets: List[int]) -> List[int]:
    n = len(nums)
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    out = []
    for t in targets:
        if pivot > 0 and t >= nums[0]:
            a, b = 0, pivot
        else:
            a, b = pivot, n
        i = bisect_left(nums, t, a, b)
        out.append(i if i < b and nums[i] == t else -1)
    return out
