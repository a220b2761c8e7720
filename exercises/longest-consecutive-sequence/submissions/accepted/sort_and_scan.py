# O(n log n): sort the distinct values and measure the runs.
def longest_consecutive(nums: List[int]) -> int:
    values = sorted(set(nums))
    best = run = 0
    for k, v in enumerate(values):
        run = run + 1 if k and v == values[k - 1] + 1 else 1
        best = max(best, run)
    return best
