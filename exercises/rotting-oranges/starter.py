def oranges_rotting(grid: List[List[int]]) -> int:
    """0 empty, 1 fresh, 2 rotten. Return the minutes until no fresh orange is left, -1 if
    that never happens."""
    return 0
