def prefix_medians(a: List[int], b: List[int], queries: List[List[int]]) -> List[float]:
    """For each [i, j], return the median of a[:i] and b[:j] taken together."""
    return [0.0 for _ in queries]
