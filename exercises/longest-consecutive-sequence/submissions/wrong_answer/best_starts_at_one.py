# Bug: initialises the best length to 1, which is wrong for the empty list.
def longest_consecutive(nums: List[int]) -> int:
    present = set(nums)
    best = 1
    for x in present:
        if x - 1 not in present:
            end = x + 1
            while end in present:
                end += 1
            best = max(best, end - x)
    return best
