# Bug: uses `amount` as the "impossible" sentinel. But paying `amount` with `amount` coins of
# value 1 is a real answer, so it is reported as -1 (and amount = 0 gives -1 instead of 0).
def coin_change(coins: List[int], amount: int) -> int:
    dp = [0] + [amount] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                dp[a] = min(dp[a], dp[a - c] + 1)
    return -1 if dp[amount] == amount else dp[amount]
