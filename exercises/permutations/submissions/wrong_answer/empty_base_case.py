# Edge case: for an empty list it returns [] ("no permutations") instead of [[]], the one
# empty permutation. Longer lists stop at the one-element base case and come out right.
def permute(nums: List[int]) -> List[List[int]]:
    if not nums:
        return []
    if len(nums) == 1:
        return [nums[:]]
    result = []
    for i, x in enumerate(nums):
        for rest in permute(nums[:i] + nums[i + 1:]):
            result.append([x] + rest)
    return result
