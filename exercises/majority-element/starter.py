def majority_element(nums: List[int]) -> int:
    """The value that occurs more than len(nums) / 2 times."""
    return nums[0]
