def max_profit(prices: List[int]) -> int:
    best = 0
    lowest = prices[0]
    for price in prices:
        if price - lowest > best:
            best = price - lowest
        if price < lowest:
            lowest = price
    return best
