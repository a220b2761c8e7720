# Bug: enumerates bitmasks from 1 instead of 0, so the empty subset [] is missing.
def subsets(nums: List[int]) -> List[List[int]]:
    n = len(nums)
    return [[nums[i] for i in range(n) if mask >> i & 1] for mask in range(1, 1 << n)]
