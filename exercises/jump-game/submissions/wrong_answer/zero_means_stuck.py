# Wrong: treats any 0 before the last index as a dead end, although it can usually be jumped
# over.
def can_jump(nums: List[int]) -> bool:
    return all(x > 0 for x in nums[:-1])
