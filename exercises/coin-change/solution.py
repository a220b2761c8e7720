def coin_change(coins: List[int], amount: int) -> int:
    impossible = amount + 1  # larger than any real answer (at most `amount` coins of value 1)
    # fewest[a] = fewest coins that pay exactly a, or `impossible`.
    fewest = [0] + [impossible] * amount
    for c in coins:
        for a in range(c, amount + 1):
            candidate = fewest[a - c] + 1
            if candidate < fewest[a]:
                fewest[a] = candidate
    return fewest[amount] if fewest[amount] < impossible else -1
