# Correct but O(n^2) with repeated values: it only counts from values with no predecessor, but
# it loops over the LIST, so every copy of a run's first value walks the whole run again.
def longest_consecutive(nums: List[int]) -> int:
    present = set(nums)
    best = 0
    for x in nums:
        if x - 1 not in present:
            end = x + 1
            while end in present:
                end += 1
            best = max(best, end - x)
    return best
