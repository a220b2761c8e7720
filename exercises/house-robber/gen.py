#!/usr/bin/env python3
"""Seeded generator for the house-robber tests (see tools/gen/genlib.py for the command line)."""
import itertools
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240706
MAX_N = 10**5
B = 10**9


def brute(nums):
    """Every subset with no two adjacent houses (small n only)."""
    n = len(nums)
    best = 0
    for mask in range(1 << n):
        if mask & (mask >> 1):
            continue
        best = max(best, sum(nums[i] for i in range(n) if mask >> i & 1))
    return best


def build(ex, rng):
    def case(name, nums):
        assert 1 <= len(nums) <= MAX_N and all(0 <= x <= B for x in nums)
        return ex.case(name, nums)

    samples = [
        case("sample-1", [3, 10, 3, 1, 2]),
        case("sample-2", [2, 1, 1, 2]),
        case("sample-3", [7]),
    ]
    hidden = [
        case("single-zero", [0]),
        case("two-houses-second-richer", [1, 5]),
        case("two-houses-first-richer", [9, 2]),
        case("two-equal", [4, 4]),
        case("richest-first-trap", [3, 4, 3]),
        case("second-base-case-trap", [5, 1, 0, 9]),
        case("skip-two-in-middle", [10, 1, 1, 10, 1, 1, 10]),
        case("all-zeros", [0] * 20),
        case("all-equal-odd", [6] * 11),
        case("all-equal-even", [6] * 12),
        case("max-values", [B] * 9),
        case("max-values-even", [B] * 10),
        case("peaks", [1, 100, 1, 1, 100, 1, 1, 1, 100]),
        case("random-small", [rng.randint(0, 20) for _ in range(30)]),
        case("random-large-values", [rng.randint(0, B) for _ in range(2000)]),
        case("top-values-sum", [rng.choice([B, B - 1, 0]) for _ in range(3000)]),
        # Large cases: short values keep the test data small.
        case("max-n-random", [rng.randint(0, 99) for _ in range(MAX_N)]),
        case("max-n-all-equal", [1] * MAX_N),
        case("max-n-pairs", [rng.choice([1, 9]) for _ in range(MAX_N)]),
    ]
    return samples, hidden


def small(rng):
    n = rng.randint(1, 12)
    bound = rng.choice([0, 1, 5, 100, B])
    return [rng.randint(0, bound) for _ in range(n)]


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
