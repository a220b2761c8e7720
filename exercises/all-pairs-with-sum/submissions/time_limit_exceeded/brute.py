# Correct but O(n^2): tries every pair of positions and deduplicates with a set.
def pairs_with_sum(nums: List[int], target: int) -> List[List[int]]:
    found = set()
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] + nums[j] == target:
                found.add((min(nums[i], nums[j]), max(nums[i], nums[j])))
    return [list(p) for p in sorted(found)]
