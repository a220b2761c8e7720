def three_sum(nums: List[int]) -> List[List[int]]:
    a = sorted(nums)
    n = len(a)
    triplets = []
    for i in range(n - 2):
        x = a[i]
        if x > 0:
            break  # the three smallest remaining values are all positive
        if i > 0 and x == a[i - 1]:
            continue  # this smallest value was already tried
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = x + a[lo] + a[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                triplets.append([x, a[lo], a[hi]])
                y = a[lo]
                while lo < hi and a[lo] == y:
                    lo += 1
                hi -= 1
    return triplets
