def rob(nums: List[int]) -> int:
    # take = best total that robs the current house, skip = best total that does not.
    take, skip = 0, 0
    for x in nums:
        take, skip = skip + x, max(take, skip)
    return max(take, skip)
