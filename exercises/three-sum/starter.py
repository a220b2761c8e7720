def three_sum(nums: List[int]) -> List[List[int]]:
    """Return every distinct triplet of values (from different positions) summing to 0,
    in any order."""
    return []
