class Solution:
    def max_profit(self, prices: List[int]) -> int:
        # Maximum subarray sum of the day-to-day changes (empty subarray = 0).
        best = current = 0
        for a, b in zip(prices, prices[1:]):
            current = max(0, current + b - a)
            best = max(best, current)
        return best
