def search(nums: List[int], target: int) -> int:
    # Mixes conventions: half-open [lo, hi) but shrinks with hi = mid - 1, which throws away
    # position mid - 1 without looking at it.
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
