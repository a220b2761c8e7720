# Correct but O(n^2): extends every start position to every end position.
def subarray_sum(nums: List[int], k: int) -> int:
    n = len(nums)
    count = 0
    for i in range(n):
        s = 0
        for j in range(i, n):
            s += nums[j]
            if s == k:
                count += 1
    return count
