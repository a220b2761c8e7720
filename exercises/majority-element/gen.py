#!/usr/bin/env python3
"""Seeded generator for majority-element (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys
from collections import Counter

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 31337
TOP = 10**9
N = 10**5


def with_majority(rng, n, lo, hi, major=None, others=None):
    """n values: major occurs n // 2 + 1 times (or a random share above half), shuffled."""
    if major is None:
        major = rng.randint(lo, hi)
    k = n // 2 + 1 if others is None else n - others
    rest = []
    while len(rest) < n - k:
        v = rng.randint(lo, hi)
        if v != major:
            rest.append(v)
    nums = [major] * k + rest
    rng.shuffle(nums)
    return nums


def build(ex, rng):
    def case(name, nums):
        n = len(nums)
        assert 1 <= n <= N and all(-TOP <= x <= TOP for x in nums), name
        assert max(Counter(nums).values()) * 2 > n, name
        return ex.case(name, nums)

    samples = [
        case("sample-1", [6, 2, 6]),
        case("sample-2", [1, 4, 1, 4, 4]),
        case("sample-3", [-7, -7, 0, -7]),
    ]
    hidden = [
        case("single", [5]),
        case("two-equal", [-3, -3]),
        case("all-equal", [0] * 9),
        case("minority-first-odd", [1, 1, 2, 2, 2]),
        case("minority-first-long", [8, 8, 8, 8, 3, 3, 3, 3, 3]),
        case("majority-at-end", [4, 5, 6, 7, 9, 9, 9, 9, 9]),
        case("majority-at-start", [9, 9, 9, 9, 9, 4, 5, 6, 7]),
        case("alternating", [1, 2, 1, 2, 1, 2, 1]),
        case("even-n-just-above-half", [3, 9, 3, 9, 9, 9]),
        case("pairs-then-majority", [5, 7, 7, 5, 7, 6, 7]),
        case("extremes", [-TOP, TOP, -TOP]),
        case("top-value", [TOP, TOP - 1, TOP, TOP]),
        case("count-dips-to-zero", [2, 2, 1, 1, 1, 2, 2, 1, 2]),
    ]
    for k in range(4):
        n = rng.randint(5, 40)
        hidden.append(case(f"random-small-{k}", with_majority(rng, n, -5, 5)))
    for k in range(2):
        n = rng.randint(1000, 5000)
        hidden.append(case(f"random-medium-{k}", with_majority(rng, n, -TOP, TOP)))
    # Large: the first half are all different minority values and the majority comes last,
    # so counting each element in turn scans ~n / 2 elements times n before it succeeds.
    h = N // 2 - 1
    minority = list(range(1, h + 1))
    rng.shuffle(minority)
    hidden.append(case("large-majority-last", minority + [0] * (N - h)))
    hidden.append(case("large-random-big-values", with_majority(rng, 3 * 10**4, -TOP, TOP)))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 11)
    return (with_majority(rng, n, -3, 3, others=rng.randint(0, (n - 1) // 2)),)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/count_each.py")
