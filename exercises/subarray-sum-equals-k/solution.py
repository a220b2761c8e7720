def subarray_sum(nums: List[int], k: int) -> int:
    seen = {0: 1}  # prefix sum -> how many prefixes so far have it (the empty prefix too)
    total = 0
    count = 0
    for x in nums:
        total += x
        count += seen.get(total - k, 0)  # earlier prefixes p with total - p == k
        seen[total] = seen.get(total, 0) + 1
    return count
