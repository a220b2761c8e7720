def count_provinces(n: int, roads: List[List[int]]) -> int:
    """Return the number of connected groups of cities (0..n-1) joined by the two-way roads."""
    pass
