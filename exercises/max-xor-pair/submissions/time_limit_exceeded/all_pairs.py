# Correct but O(n^2): XOR every pair. About 1.25 * 10^9 pairs for n = 5 * 10^4.
def find_maximum_xor(nums: List[int]) -> int:
    best = 0
    n = len(nums)
    for i in range(n):
        x = nums[i]
        for j in range(i + 1, n):
            v = x ^ nums[j]
            if v > best:
                best = v
    return best
