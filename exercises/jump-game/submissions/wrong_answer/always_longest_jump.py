# Wrong: always jumps as far as possible. A shorter jump may land on a position with a longer
# jump of its own, while the farthest landing spot may hold a 0.
def can_jump(nums: List[int]) -> bool:
    i, last = 0, len(nums) - 1
    while i < last:
        if nums[i] == 0:
            return False
        i += nums[i]
    return True
