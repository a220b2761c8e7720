def max_profit(prices: List[int]) -> int:
    # Adds up every rise: that is the answer when unlimited trades are allowed, not one.
    total = 0
    for a, b in zip(prices, prices[1:]):
        if b > a:
            total += b - a
    return total
