def max_profit(prices: List[int]) -> int:
    # Scan from the right, keeping the highest price still available for selling.
    best = 0
    highest = prices[-1]
    for price in reversed(prices):
        highest = max(highest, price)
        best = max(best, highest - price)
    return best
