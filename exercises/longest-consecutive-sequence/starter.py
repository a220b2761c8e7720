def longest_consecutive(nums: List[int]) -> int:
    """Return the length of the longest run of consecutive integers present in nums."""
    return 0
