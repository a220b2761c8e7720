def two_sum(nums: List[int], target: int) -> List[int]:
    # Return [i, j] with i < j and nums[i] + nums[j] == target.
    pass
