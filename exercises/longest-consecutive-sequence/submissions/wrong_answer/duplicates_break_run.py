# Bug: sorts without removing duplicates, and a repeated value resets the run.
def longest_consecutive(nums: List[int]) -> int:
    if not nums:
        return 0
    a = sorted(nums)
    best = run = 1
    for k in range(1, len(a)):
        run = run + 1 if a[k] == a[k - 1] + 1 else 1
        best = max(best, run)
    return best
