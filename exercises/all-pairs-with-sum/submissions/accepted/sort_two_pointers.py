# O(n log n): sort, then move two pointers inwards, skipping runs of equal values.
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
            x, y = a[lo], a[hi]
            while lo < hi and a[lo] == x:
                lo += 1
            while hi >= lo and a[hi] == y:
                hi -= 1
    return pairs
