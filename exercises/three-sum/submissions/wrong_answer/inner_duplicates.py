# Bug: skips repeated values of the first element, but after a hit it moves each pointer by
# one step only, so [-2, 0, 0, 2, 2] reports [-2, 0, 2] twice.
def three_sum(nums: List[int]) -> List[List[int]]:
    a = sorted(nums)
    n = len(a)
    out = []
    for i in range(n - 2):
        if i > 0 and a[i] == a[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = a[i] + a[lo] + a[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                out.append([a[i], a[lo], a[hi]])
                lo += 1
                hi -= 1
    return out
