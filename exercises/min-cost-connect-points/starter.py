def min_cost_connect_points(points: List[List[int]]) -> int:
    """Return the minimum total Manhattan length of cables that connect all the points."""
    return 0
