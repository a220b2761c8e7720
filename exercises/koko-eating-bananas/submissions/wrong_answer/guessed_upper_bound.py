# Bug: searches speeds up to a guessed bound of 10^6 instead of max(piles); with piles of up to
# 10^9 bananas the needed speed can be far higher.
def min_eating_speed(piles: List[int], h: int) -> int:
    lo, hi = 1, 10**6
    while lo < hi:
        k = (lo + hi) // 2
        if sum((p + k - 1) // k for p in piles) <= h:
            hi = k
        else:
            lo = k + 1
    return lo
