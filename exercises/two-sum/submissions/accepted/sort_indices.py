# O(n log n): two pointers over indices sorted by value.
def two_sum(nums: List[int], target: int) -> List[int]:
    order = sorted(range(len(nums)), key=nums.__getitem__)
    lo, hi = 0, len(order) - 1
    while lo < hi:
        s = nums[order[lo]] + nums[order[hi]]
        if s == target:
            i, j = order[lo], order[hi]
            return [min(i, j), max(i, j)]
        if s < target:
            lo += 1
        else:
            hi -= 1
    return []
