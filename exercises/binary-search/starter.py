def search(nums: List[int], target: int) -> int:
    """Index of target in the sorted list nums, or -1. O(log n)."""
    return -1
