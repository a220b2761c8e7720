# Correct but O(n^2): list.count scans the whole list for every element.
def single_number(nums: List[int]) -> int:
    for x in nums:
        if nums.count(x) == 1:
            return x
    return 0
