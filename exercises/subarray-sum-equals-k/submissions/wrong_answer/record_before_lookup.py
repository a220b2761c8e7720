# Bug: records the current prefix sum before looking up total - k; with k == 0 each position
# then matches itself, counting an empty subarray.
def subarray_sum(nums: List[int], k: int) -> int:
    seen = {0: 1}
    total = count = 0
    for x in nums:
        total += x
        seen[total] = seen.get(total, 0) + 1
        count += seen.get(total - k, 0)
    return count
