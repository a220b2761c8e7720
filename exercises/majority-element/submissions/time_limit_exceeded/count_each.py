def majority_element(nums: List[int]) -> int:
    # Correct: counts every element by scanning the whole list. O(n^2) when the majority
    # value comes late.
    n = len(nums)
    for x in nums:
        count = 0
        for y in nums:
            if y == x:
                count += 1
        if count * 2 > n:
            return x
