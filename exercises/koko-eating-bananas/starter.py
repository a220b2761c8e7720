def min_eating_speed(piles: List[int], h: int) -> int:
    """Return the smallest integer speed k such that sum(ceil(p / k)) <= h."""
    return max(piles)
