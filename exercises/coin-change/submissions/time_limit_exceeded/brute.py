# Correct but exponential: plain recursion over "which coin goes next", no memo, so the same
# remaining amounts are solved again and again.
import sys


def coin_change(coins: List[int], amount: int) -> int:
    sys.setrecursionlimit(max(1000, 2 * amount + 100))
    impossible = amount + 1  # more coins than any real answer can need

    def fewest(rest: int) -> int:
        if rest == 0:
            return 0
        best = impossible
        for c in coins:
            if c <= rest:
                best = min(best, 1 + fewest(rest - c))
        return best

    result = fewest(amount)
    return -1 if result >= impossible else result
