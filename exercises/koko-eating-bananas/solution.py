def min_eating_speed(piles: List[int], h: int) -> int:
    def hours(k: int) -> int:
        return sum((p + k - 1) // k for p in piles)

    lo, hi = 1, max(piles)  # max(piles) always works: one hour per pile, and h >= len(piles)
    while lo < hi:
        k = (lo + hi) // 2
        if hours(k) <= h:
            hi = k
        else:
            lo = k + 1
    return lo
