# Greedy: rob the richest remaining house whose neighbours are untouched, repeatedly. [3, 4, 3]
# gives 4 instead of 6.
def rob(nums: List[int]) -> int:
    n = len(nums)
    robbed = [False] * n
    total = 0
    for i in sorted(range(n), key=lambda k: -nums[k]):
        if (i > 0 and robbed[i - 1]) or (i + 1 < n and robbed[i + 1]):
            continue
        robbed[i] = True
        total += nums[i]
    return total
