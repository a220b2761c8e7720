def length_of_lis(nums: List[int]) -> int:
    """Return the length of the longest strictly increasing subsequence of nums."""
    pass
