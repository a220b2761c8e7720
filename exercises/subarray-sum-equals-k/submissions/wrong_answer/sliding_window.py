# Misconception: a sliding window (shrink while the sum is too big). That only works when all
# numbers are positive; negatives and zeros break it.
def subarray_sum(nums: List[int], k: int) -> int:
    count = 0
    left = 0
    s = 0
    for right, x in enumerate(nums):
        s += x
        while s > k and left <= right:
            s -= nums[left]
            left += 1
        if s == k and left <= right:
            count += 1
    return count
