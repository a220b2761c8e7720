def find_peaks(heights: List[int], queries: List[List[int]]) -> List[int]:
    """For each mountain window [l, r], return the index of its highest point."""
    return [l for l, r in queries]
