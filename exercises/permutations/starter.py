def permute(nums: List[int]) -> List[List[int]]:
    """Return every ordering of the distinct numbers in nums, each exactly once (any order)."""
    pass
