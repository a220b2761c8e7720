def majority_element(nums: List[int]) -> int:
    # Uses ">= n // 2" instead of "> n / 2": for odd n a minority value that occurs exactly
    # n // 2 times qualifies too, and it may be found first.
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    for x in nums:
        if counts[x] >= len(nums) // 2:
            return x
