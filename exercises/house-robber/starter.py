def rob(nums: List[int]) -> int:
    """Return the largest total you can take from houses that are never next to each other."""
    pass
