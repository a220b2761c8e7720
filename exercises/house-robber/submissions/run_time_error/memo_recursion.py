# Top-down memoization is fast, but it recurses once per house: with 10^5 houses it exceeds
# Python's recursion limit (RecursionError).
from functools import lru_cache


def rob(nums: List[int]) -> int:
    @lru_cache(maxsize=None)
    def best(i: int) -> int:  # best total from house i onwards
        if i >= len(nums):
            return 0
        return max(best(i + 1), nums[i] + best(i + 2))

    return best(0)
