# Misconception: confuses subsets with subarrays and returns only the contiguous slices
# nums[i:j] (plus []). Right for n <= 2, but for [1, 2, 3] it misses [1, 3].
def subsets(nums: List[int]) -> List[List[int]]:
    n = len(nums)
    return [[]] + [nums[i:j] for i in range(n) for j in range(i + 1, n + 1)]
