# LeetCode-style class wrapper, searching up to the largest allowed pile size.
class Solution:
    def min_eating_speed(self, piles: List[int], h: int) -> int:
        lo, hi = 1, 10**9
        while lo < hi:
            k = (lo + hi) // 2
            if sum(-(-p // k) for p in piles) <= h:
                hi = k
            else:
                lo = k + 1
        return lo
