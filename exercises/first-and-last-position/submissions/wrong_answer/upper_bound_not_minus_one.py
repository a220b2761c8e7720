# Bug: the second search finds the first index AFTER the run, and it is returned as the last
# position without subtracting one.
from bisect import bisect_left, bisect_right


def search_range(nums: List[int], targets: List[int]) -> List[List[int]]:
    out = []
    for t in targets:
        lo = bisect_left(nums, t)
        if lo < len(nums) and nums[lo] == t:
            out.append([lo, bisect_right(nums, t)])
        else:
            out.append([-1, -1])
    return out
