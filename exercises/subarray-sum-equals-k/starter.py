def subarray_sum(nums: List[int], k: int) -> int:
    """Count the non-empty contiguous subarrays of nums that sum to k."""
    return 0
