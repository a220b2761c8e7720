# Straight from the definition: all combinations of each size r = 0 .. n.
# (gen.py --stress compares solution.py against this.)
from itertools import combinations


def subsets(nums: List[int]) -> List[List[int]]:
    return [list(c) for r in range(len(nums) + 1) for c in combinations(nums, r)]
