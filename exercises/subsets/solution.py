def subsets(nums: list[int]) -> list[list[int]]:
    # The subsets of nums[:i + 1] are those of nums[:i], plus each of them extended by nums[i].
    result: list[list[int]] = [[]]
    for x in nums:
        result += [subset + [x] for subset in result]
    return result
