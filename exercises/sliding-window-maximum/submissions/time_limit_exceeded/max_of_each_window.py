# Correct but O(n * k): the maximum of each window separately (max() runs in C, but still
# looks at k elements per window).
def max_sliding_window(nums: List[int], k: int) -> List[int]:
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
