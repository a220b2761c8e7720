# Misconception: sorts the numbers and uses two pointers, then returns positions in the
# SORTED list instead of the original indices.
def two_sum(nums: List[int], target: int) -> List[int]:
    a = sorted(nums)
    lo, hi = 0, len(a) - 1
    while lo < hi:
        s = a[lo] + a[hi]
        if s == target:
            return [lo, hi]
        if s < target:
            lo += 1
        else:
            hi -= 1
    return []
