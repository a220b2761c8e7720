# Greedy from the end: keep the leftmost index known to reach the end ("goal"). Index i can
# reach the end exactly when it can jump to the goal.
def can_jump(nums: List[int]) -> bool:
    goal = len(nums) - 1
    for i in range(len(nums) - 2, -1, -1):
        if i + nums[i] >= goal:
            goal = i
    return goal == 0
