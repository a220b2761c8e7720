# Bug: removes duplicates up front (set(nums)), which also removes the triplets that need a
# value twice or three times, such as [-2, 1, 1] and [0, 0, 0].
def three_sum(nums: List[int]) -> List[List[int]]:
    a = sorted(set(nums))
    n = len(a)
    out = []
    for i in range(n - 2):
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
