# Wrong: the greedy reach is right, but the final test asks for reach >= len(nums) (one past
# the last index) instead of reach >= len(nums) - 1.
def can_jump(nums: List[int]) -> bool:
    reach = 0
    for i, jump in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + jump)
    return reach >= len(nums)
