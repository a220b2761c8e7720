def majority_element(nums: List[int]) -> int:
    # Boyer-Moore with a broken reset: when the count drops to 0 it switches the candidate
    # but leaves the count at 0, so the new candidate is never counted and the count goes
    # negative for good.
    candidate, count = nums[0], 1
    for x in nums[1:]:
        if x == candidate:
            count += 1
        else:
            count -= 1
            if count == 0:
                candidate = x
    return candidate
