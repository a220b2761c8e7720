def find_kth_largest(nums: List[int], k: int) -> int:
    """Return the k-th largest element of nums (k = 1 is the maximum); duplicates count."""
    pass
