def dedupe(nums: List[int]) -> List[int]:
    # Correct, but `x not in result` scans the list: O(n^2) when most values are distinct.
    result = []
    for x in nums:
        if x not in result:
            result.append(x)
    return result
