#!/usr/bin/env python3
"""Seeded generator for knapsack-01 (see tools/gen/genlib.py for the command line)."""
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4242

SAMPLES = [
    "3 50\n10 60\n20 100\n30 120\n",
    "4 10\n5 10\n4 40\n6 30\n3 50\n",
    "2 4\n5 100\n6 200\n",
]

MAX_W = 5 * 10**4      # capacity
MAX_WEIGHT = 10**5     # item weight
MAX_V = 10**9

Item = tuple[int, int]


def render(capacity: int, items: list[Item]) -> str:
    lines = [f"{len(items)} {capacity}"] + [f"{w} {v}" for w, v in items]
    return "\n".join(lines) + "\n"


def random_items(rng: random.Random, n: int, max_weight: int, max_v: int = MAX_V) -> list[Item]:
    return [(rng.randint(1, max_weight), rng.randint(1, max_v)) for _ in range(n)]


def correlated_items(rng: random.Random, n: int, max_weight: int) -> list[Item]:
    """Value close to weight: ratios are nearly equal, so greedy choices are poor."""
    return [(w, w * 1000 + rng.randint(0, 5000)) for w in
            (rng.randint(max_weight // 2, max_weight) for _ in range(n))]


def hidden_cases(rng: random.Random) -> list[str]:
    cases = []
    # 01: one item that fits exactly
    cases.append(render(7, [(7, 5)]))
    # 02: one item, too heavy
    cases.append(render(1, [(2, MAX_V)]))
    # 03: every item is heavier than the knapsack
    cases.append(render(MAX_W, [(rng.randint(MAX_W + 1, MAX_WEIGHT), rng.randint(1, MAX_V))
                                for _ in range(100)]))
    # 04: capacity 1 and many weight-1 items: only one can be taken
    cases.append(render(1, [(1, rng.randint(1, 1000)) for _ in range(30)]))
    # 05: a light, valuable item: taking it repeatedly would be tempting
    cases.append(render(10, [(1, 100), (10, 500), (5, 260), (4, 200)]))
    # 06: greedy by ratio fills the knapsack badly
    cases.append(render(100, [(51, 5200), (50, 5000), (50, 5000), (1, 1)]))
    # 07: everything fits together
    items = random_items(rng, 100, 500)
    cases.append(render(MAX_W, items))
    # 08: identical items
    cases.append(render(1000, [(37, 999)] * 60))
    # 09: maximum values: the answer goes past 32 bits
    cases.append(render(MAX_W, [(MAX_W // 100, MAX_V)] * 100))
    # 10-11: small random sets (a few thousand subsets)
    cases.append(render(60, random_items(rng, 12, 30, 100)))
    cases.append(render(5000, random_items(rng, 16, 1500)))
    # 12: weights around half the capacity: which pair fits best
    cases.append(render(MAX_W, [(rng.randint(MAX_W // 2 - 3000, MAX_W // 2 + 3000),
                                 rng.randint(1, MAX_V)) for _ in range(100)]))
    # 13: strongly correlated values, n = 40
    cases.append(render(30000, correlated_items(rng, 40, 3000)))
    # 14: strongly correlated values, maximum n and capacity
    cases.append(render(MAX_W, correlated_items(rng, 100, 4000)))
    # 15: random, full weight range (many items too heavy)
    cases.append(render(MAX_W, random_items(rng, 100, MAX_WEIGHT)))
    # 16-17: maximum n and capacity, light items: the slowest case for the table
    cases.append(render(MAX_W, random_items(rng, 100, 2000)))
    cases.append(render(MAX_W, random_items(rng, 100, 100)))
    # 18: a mix of heavy valuable items and light cheap ones
    items = [(rng.randint(10000, 20000), rng.randint(10**8, MAX_V)) for _ in range(30)]
    items += [(rng.randint(1, 50), rng.randint(1, 10**6)) for _ in range(70)]
    rng.shuffle(items)
    cases.append(render(MAX_W - 1, items))
    return cases


def small_case(rng: random.Random) -> str:
    n = rng.randint(1, 12)
    capacity = rng.randint(1, 50)
    return render(capacity, random_items(rng, n, rng.choice([5, 20, 60]),
                                         rng.choice([1, 10, MAX_V])))


if __name__ == "__main__":
    genlib.StdioExercise(__file__).main(SAMPLES, hidden_cases, SEED, stress=small_case,
                                        brute="submissions/time_limit_exceeded/brute.py")
