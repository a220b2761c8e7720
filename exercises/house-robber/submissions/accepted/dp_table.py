# The same recurrence with a full table: best[i] = max(best[i-1], best[i-2] + nums[i]).
def rob(nums: List[int]) -> int:
    n = len(nums)
    best = [0] * (n + 1)  # best[i] = best total using the first i houses
    best[1] = nums[0]
    for i in range(2, n + 1):
        best[i] = max(best[i - 1], best[i - 2] + nums[i - 1])
    return best[n]
