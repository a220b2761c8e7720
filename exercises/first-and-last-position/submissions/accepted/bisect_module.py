# The standard library's binary searches do the same job.
from bisect import bisect_left, bisect_right


def search_range(nums: List[int], targets: List[int]) -> List[List[int]]:
    out = []
    for t in targets:
        lo = bisect_left(nums, t)
        if lo < len(nums) and nums[lo] == t:
            out.append([lo, bisect_right(nums, t) - 1])
        else:
            out.append([-1, -1])
    return out
