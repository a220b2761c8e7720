def find_maximum_xor(nums: List[int]) -> int:
    """Return the largest nums[i] ^ nums[j] over all pairs of positions i < j."""
    pass
