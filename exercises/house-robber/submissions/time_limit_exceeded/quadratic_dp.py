# Correct but O(n^2): for each house, scan every house at least two to the left for the best
# total that can precede it.
def rob(nums: List[int]) -> int:
    ending = []  # ending[i] = best total whose last robbed house is i
    for i, x in enumerate(nums):
        before = 0
        for j in range(i - 1):
            if ending[j] > before:
                before = ending[j]
        ending.append(before + x)
    return max(ending)
