# Bug: the dict starts empty instead of {0: 1}, so subarrays that start at index 0 are never
# counted.
def subarray_sum(nums: List[int], k: int) -> int:
    seen = {}
    total = count = 0
    for x in nums:
        total += x
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count
