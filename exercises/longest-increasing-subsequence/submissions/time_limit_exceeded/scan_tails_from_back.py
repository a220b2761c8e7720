# Correct but O(n * L): the patience tails, searched by walking back from the end instead of a
# binary search. Fast while the answer L stays small, but after a long climb every smaller value
# walks the whole tails list.
def length_of_lis(nums: List[int]) -> int:
    tails = []
    for x in nums:
        if not tails or tails[-1] < x:
            tails.append(x)
            continue
        k = len(tails) - 1
        while k > 0 and tails[k - 1] >= x:
            k -= 1
        tails[k] = x
    return len(tails)
