def single_number(nums: List[int]) -> int:
    """Every value in nums appears exactly twice except one: return that one."""
    pass
