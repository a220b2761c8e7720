# Bug: two pointers on the sorted list, but after a match it moves each pointer by one only,
# so the same pair of values is reported again for every repeated value.
def pairs_with_sum(nums: List[int], target: int) -> List[List[int]]:
    a = sorted(nums)
    lo, hi = 0, len(a) - 1
    pairs = []
    while lo < hi:
        s = a[lo] + a[hi]
        if s < target:
            lo += 1
        elif s > target:
            hi -= 1
        else:
            pairs.append([a[lo], a[hi]])
            lo += 1
            hi -= 1
    return pairs
