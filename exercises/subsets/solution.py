def subsets(nums: List[int]) -> List[List[int]]:
    # The subsets of nums[:i + 1] are those of nums[:i], plus each of them extended by nums[i].
    result: List[List[int]] = [[]]
    for x in nums:
        result += [subset + [x] for subset in result]
    return result
