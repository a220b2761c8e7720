def max_profit(prices: List[int]) -> int:
    """Best profit from one buy followed by one later sell, or 0 if no trade gains."""
    pass
