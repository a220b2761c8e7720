#!/usr/bin/env python3
"""Seeded generator for count-inversions (see tools/gen/genlib.py for the command line)."""
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 5150

SAMPLES = [
    "5\n2 4 1 3 5\n",
    "6\n5 -2 5 0 -2 9\n",
    "1\n42\n",
]


def render(a: list[int]) -> str:
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def hidden_cases(rng: random.Random) -> list[str]:
    cases = []
    # 01-04: minimal arrays
    cases.append(render([-1000000000]))
    cases.append(render([1, 2]))
    cases.append(render([2, 1]))
    cases.append(render([7, 7]))
    # 05: all equal: no inversions at all
    cases.append(render([3] * 1000))
    # 06: small, negatives and duplicates
    cases.append(render([rng.randint(-5, 5) for _ in range(40)]))
    # 07: extremes alternating
    cases.append(render([10**9 if i % 2 == 0 else -10**9 for i in range(1000)]))
    # 08: random medium
    cases.append(render([rng.randint(-10**9, 10**9) for _ in range(3000)]))
    # 09: only two distinct values
    cases.append(render([rng.choice([0, 1]) for _ in range(5000)]))
    # 10: sorted except for a few swaps
    a = list(range(1, 60001))
    for _ in range(50):
        i, j = rng.randrange(len(a)), rng.randrange(len(a))
        a[i], a[j] = a[j], a[i]
    cases.append(render(a))
    # 11: maximum n, random digits: many duplicates, every merge interleaves both halves, and
    # inserting each value into a sorted list of the values seen so far shifts ~n / 2 of them
    cases.append(render([rng.randint(0, 9) for _ in range(7 * 10**5)]))
    # 12: strictly decreasing, distinct values: the maximum answer n * (n - 1) / 2
    cases.append(render(list(range(30000, 0, -1))))
    # 13: strictly increasing: zero
    cases.append(render(list(range(-15000, 15000))))
    # 14: random values over the whole range
    cases.append(render([rng.randint(-10**9, 10**9) for _ in range(30000)]))
    return cases


def small_case(rng: random.Random) -> str:
    n = rng.randint(1, 40)
    bound = rng.choice([1, 3, 10**9])
    return render([rng.randint(-bound, bound) for _ in range(n)])


if __name__ == "__main__":
    genlib.StdioExercise(__file__).main(SAMPLES, hidden_cases, SEED, stress=small_case,
                                        brute="submissions/time_limit_exceeded/brute.py")
