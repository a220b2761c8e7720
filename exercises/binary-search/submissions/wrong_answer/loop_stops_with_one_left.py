def search(nums: List[int], target: int) -> int:
    # Inclusive bounds but `while lo < hi`: the loop stops while one candidate remains
    # unchecked (a single-element list, often the first or last element).
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
