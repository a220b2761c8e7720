# Bug: bisect_right lets an equal value extend a subsequence, so this computes the longest
# NON-DECREASING subsequence: [2, 2, 2] gives 3 instead of 1.
from bisect import bisect_right


def length_of_lis(nums: List[int]) -> int:
    tails = []
    for x in nums:
        k = bisect_right(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
