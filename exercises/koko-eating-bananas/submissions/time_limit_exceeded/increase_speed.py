# Correct but slow: starts from the average ceil(sum / h), a valid lower bound, and tries every
# speed upwards. When one huge pile dominates, that is up to ~10^9 speeds.
def min_eating_speed(piles: List[int], h: int) -> int:
    k = max(1, (sum(piles) + h - 1) // h)
    while sum((p + k - 1) // k for p in piles) > h:
        k += 1
    return k
