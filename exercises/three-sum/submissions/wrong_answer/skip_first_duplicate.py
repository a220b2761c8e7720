# Bug: skips nums[i] when it equals the NEXT value instead of the previous one, so the first
# copy of a repeated value is never the smallest element: [-1, -1, 2] is missed.
def three_sum(nums: List[int]) -> List[List[int]]:
    a = sorted(nums)
    n = len(a)
    out = []
    for i in range(n - 2):
        if i + 1 < n and a[i] == a[i + 1]:
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
                y = a[lo]
                while lo < hi and a[lo] == y:
                    lo += 1
                hi -= 1
    return out
