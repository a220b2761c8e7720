def insert(intervals: List[List[int]], new_interval: List[int]) -> List[List[int]]:
    """Insert new_interval into the sorted disjoint intervals, merging overlapping or
    touching ones."""
    return intervals
