# Misconception: an ordinary binary search, as if the list were not rotated.
from bisect import bisect_left


def search_rotated(nums: List[int], targets: List[int]) -> List[int]:
    out = []
    for t in targets:
        i = bisect_left(nums, t)
        out.append(i if i < len(nums) and nums[i] == t else -1)
    return out
