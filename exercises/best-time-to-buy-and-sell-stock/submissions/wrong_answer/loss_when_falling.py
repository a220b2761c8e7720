def max_profit(prices: List[int]) -> int:
    # Forces a trade: best starts at the first pair, so a falling market gives a loss, not 0.
    if len(prices) < 2:
        return 0
    best = prices[1] - prices[0]
    lowest = min(prices[0], prices[1])
    for price in prices[2:]:
        best = max(best, price - lowest)
        lowest = min(lowest, price)
    return best
