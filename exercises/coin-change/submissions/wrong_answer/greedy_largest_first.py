# Misconception: always take as many of the largest coin as fit, then the next one, and so on.
# Fine for "canonical" systems like [1, 2, 5, 10], but coins [1, 3, 4], amount 6 gives
# 4 + 1 + 1 (3 coins) instead of 3 + 3, and coins [5, 7], amount 24 gives -1 instead of 4.
def coin_change(coins: List[int], amount: int) -> int:
    count = 0
    rest = amount
    for c in sorted(coins, reverse=True):
        count += rest // c
        rest %= c
    return count if rest == 0 else -1
