# Half of the patience idea: appends when x beats the last tail, but otherwise only ever lowers
# the LAST tail instead of the first tail >= x, so the tails stop describing real subsequences.
def length_of_lis(nums: List[int]) -> int:
    tails = []
    for x in nums:
        if not tails or x > tails[-1]:
            tails.append(x)
        elif x < tails[-1]:
            tails[-1] = x
    return len(tails)
