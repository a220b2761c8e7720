# Correct but O(n^2) on one long run: counts upwards from every value, not only from the
# first value of each run.
def longest_consecutive(nums: List[int]) -> int:
    present = set(nums)
    best = 0
    for x in present:
        end = x + 1
        while end in present:
            end += 1
        best = max(best, end - x)
    return best
