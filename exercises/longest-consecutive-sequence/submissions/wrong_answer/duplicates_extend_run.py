# Bug: sorts without removing duplicates and lets a repeated value extend the run, so
# [1, 2, 2, 3] counts 4.
def longest_consecutive(nums: List[int]) -> int:
    a = sorted(nums)
    best = run = 0
    for k in range(len(a)):
        if k and a[k] - a[k - 1] in (0, 1):
            run += 1
        else:
            run = 1
        best = max(best, run)
    return best
