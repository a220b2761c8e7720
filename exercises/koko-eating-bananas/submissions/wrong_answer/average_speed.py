# Misconception: total bananas / hours, rounded up. It ignores that one hour is spent on one
# pile only, so the leftovers of every pile waste time.
def min_eating_speed(piles: List[int], h: int) -> int:
    return max(1, (sum(piles) + h - 1) // h)
