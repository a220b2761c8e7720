# Bug: finds the rotation point correctly, but assumes the list IS rotated: every target
# >= nums[0] is searched in nums[0:pivot], which is empty when the list is not rotated.
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
        a, b = (0, pivot) if t >= nums[0] else (pivot, n)
        i = bisect_left(nums, t, a, b)
        out.append(i if i < b and nums[i] == t else -1)
    return out
