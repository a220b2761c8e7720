def search(nums: List[int], target: int) -> int:
    # A lower-bound search that forgets to check the element it lands on: a missing target
    # gives its insertion point instead of -1.
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(nums) else -1
