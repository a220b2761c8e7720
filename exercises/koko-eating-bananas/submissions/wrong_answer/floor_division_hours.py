# Bug: counts hours with floor division, so the leftover bananas of a pile take no time and the
# speed comes out too small.
def min_eating_speed(piles: List[int], h: int) -> int:
    lo, hi = 1, max(piles)
    while lo < hi:
        k = (lo + hi) // 2
        if sum(max(1, p // k) for p in piles) <= h:
            hi = k
        else:
            lo = k + 1
    return lo
