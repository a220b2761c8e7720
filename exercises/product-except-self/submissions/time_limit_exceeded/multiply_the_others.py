# Correct but O(n^2): multiplies the other n - 1 numbers for every position (math.prod runs in
# C, but it is still n - 1 multiplications per position).
from math import prod


def product_except_self(nums: List[int]) -> List[int]:
    return [prod(nums[:i]) * prod(nums[i + 1:]) for i in range(len(nums))]
