# Correct but O(n^2): best[i] = 1 + max(best[j] for j < i with nums[j] < nums[i]).
def length_of_lis(nums: List[int]) -> int:
    best = []
    for i, x in enumerate(nums):
        b = 1
        for j in range(i):
            if nums[j] < x and best[j] + 1 > b:
                b = best[j] + 1
        best.append(b)
    return max(best, default=0)
