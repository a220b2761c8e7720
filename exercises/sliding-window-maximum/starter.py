def max_sliding_window(nums: List[int], k: int) -> List[int]:
    """Return the maximum of every window of k consecutive elements, left to right."""
    return []
