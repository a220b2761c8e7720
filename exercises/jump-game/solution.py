def can_jump(nums: List[int]) -> bool:
    reach = 0  # the farthest index reachable so far: every index up to it is reachable too
    last = len(nums) - 1
    for i, jump in enumerate(nums):
        if i > reach:
            return False  # stuck: nothing before i can jump this far
        reach = max(reach, i + jump)
        if reach >= last:
            return True
    return True  # unreachable: the loop returns once i reaches the last index
