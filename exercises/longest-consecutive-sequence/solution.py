def longest_consecutive(nums: List[int]) -> int:
    present = set(nums)
    best = 0
    for x in present:
        if x - 1 in present:
            continue  # x is inside a run; count the run only from its first value
        end = x + 1
        while end in present:
            end += 1
        best = max(best, end - x)
    return best
