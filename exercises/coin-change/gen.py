#!/usr/bin/env python3
"""Seeded generator for coin-change (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4242
MAXV = 10**4


def check(coins, amount):
    assert 1 <= len(coins) <= 12 and len(set(coins)) == len(coins), coins
    assert all(1 <= c <= MAXV for c in coins), coins
    assert 0 <= amount <= MAXV, amount


def greedy(coins, amount):
    count, rest = 0, amount
    for c in sorted(coins, reverse=True):
        count += rest // c
        rest %= c
    return count if rest == 0 else -1


def random_coins(rng, m, lo, hi):
    return rng.sample(range(lo, hi + 1), m)


def build(ex, rng):
    ref = ex.reference

    def case(name, coins, amount):
        check(coins, amount)
        return {"name": name, "args": [coins, amount], "expected": ref(list(coins), amount)}

    samples = [
        case("sample-1", [2, 5, 10, 1], 27),
        case("sample-2", [4], 7),
        case("sample-3", [3], 0),
    ]
    hidden = [
        case("amount-zero", [1, 2, 5], 0),
        case("amount-zero-big-coin", [10000], 0),
        case("amount-one", [1], 1),
        case("amount-one-impossible", [2], 1),
        case("single-coin-exact", [7], 7),
        case("coin-larger-than-amount", [5], 3),
        case("impossible-parity", [2, 4, 8], 3),
        case("impossible-gcd", [6, 4], 11),
        case("greedy-not-optimal", [1, 3, 4], 6),
        case("greedy-gets-stuck", [5, 7], 24),
        case("only-ones-below-next-coin", [7, 1], 6),
        case("largest-coin-once", [10000], 10000),
        case("only-ones-max-amount", [1], 10000),
        case("greedy-not-optimal-large", [1, 7000, 5000], 10000),
        case("small-coins-amount-100", [1, 2, 5], 100),
        case("odd-coins-amount-97", [11, 3, 7], 97),
        case("all-even-odd-amount", [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24], 9999),
        case("one-to-twelve", list(range(12, 0, -1)), 10000),
        case("big-coins-impossible", [9973, 9967, 9949], 10000),
        case("big-coins-possible", [9999, 2, 7919], 10000),
    ]
    # Amounts below 150 with small coins: already far beyond an exhaustive search.
    k = 0
    while k < 4:
        coins = random_coins(rng, rng.randint(2, 5), 1, 30)
        amount = rng.randint(60, 150)
        if k < 2 and greedy(coins, amount) == ref(coins, amount):
            continue  # the first two must defeat the greedy choice
        hidden.append(case(f"random-small-{k}", coins, amount))
        k += 1
    for k in range(4):
        coins = random_coins(rng, rng.randint(6, 12), 1 + 40 * k, 2000)
        hidden.append(case(f"random-large-{k}", coins, rng.randint(7000, MAXV)))
    coins = [3 * c for c in random_coins(rng, 12, 1, MAXV // 3)]
    hidden.append(case("random-large-multiples-of-3-impossible", coins, 9998))
    return samples, hidden


def small(rng):
    coins = random_coins(rng, rng.randint(1, 4), 1, 15)
    amount = rng.randint(0, 18)
    check(coins, amount)
    return coins, amount


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute="submissions/time_limit_exceeded/brute.py")
