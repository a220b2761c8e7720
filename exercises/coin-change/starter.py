def coin_change(coins: List[int], amount: int) -> int:
    # Return the fewest coins that add up to amount, or -1 if it cannot be paid exactly.
    pass
