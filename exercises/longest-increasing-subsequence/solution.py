from bisect import bisect_left


def length_of_lis(nums: List[int]) -> int:
    # tails[k] = the smallest value that can end a strictly increasing subsequence of length
    # k + 1 among the numbers seen so far. tails is strictly increasing, so binary search works.
    tails = []
    for x in nums:
        k = bisect_left(tails, x)  # first tail >= x: x cannot extend it (strictly increasing)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
