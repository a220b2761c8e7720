def majority_element(nums: List[int]) -> int:
    # Boyer-Moore majority vote: O(n) time, O(1) extra memory.
    candidate = None
    count = 0
    for x in nums:
        if count == 0:
            candidate = x
        count += 1 if x == candidate else -1
    return candidate
