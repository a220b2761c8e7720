#!/usr/bin/env python3
"""Seeded generator for the longest-increasing-subsequence tests (see tools/gen/genlib.py)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240703
MAX_N = 10**5
B = 10**9


def zigzag_runs(rng, n, run, spread):
    """Increasing runs, each starting lower than the last: a trap for greedy extension."""
    out = []
    base = spread
    while len(out) < n:
        start = base - rng.randint(1, 5)
        out.extend(start + k for k in range(min(run, n - len(out))))
        base = start
    return out


def build(ex, rng):
    def case(name, nums):
        assert 1 <= len(nums) <= MAX_N and all(-B <= x <= B for x in nums)
        return ex.case(name, nums)

    samples = [
        case("sample-1", [6, 2, 8, 3, 7, 4, 9, 5]),
        case("sample-2", [4, 4, 4, 4]),
        case("sample-3", [0, 8, 4, 12, 2, 10, 6, 14, 1, 9]),
    ]
    hidden = [
        case("single-element", [5]),
        case("single-negative", [-B]),
        case("two-equal", [3, 3]),
        case("two-increasing", [-1, 0]),
        case("strictly-decreasing", [9, 7, 5, 3, 1, -1]),
        case("non-decreasing-with-plateaus", [1, 2, 2, 2, 3, 3, 4, 4, 4, 4]),
        case("equal-values-only-link", [1, 5, 5, 5, 5, 2, 3]),
        case("large-first-element", [100, 1, 2, 3, 4]),
        case("late-better-start", [5, 6, 7, 1, 2, 3, 4]),
        case("extremes", [B, -B, 0, B, -B, 1, B]),
        case("negatives", [-5, -9, -3, -3, -7, -1, -2, 0]),
        case("all-zeros", [0] * 17),
        case("random-small", [rng.randint(-10, 10) for _ in range(40)]),
        case("random-wide", [rng.randint(-B, B) for _ in range(2000)]),
        case("zigzag-runs", zigzag_runs(rng, 3000, 7, 10**6)),
        # Large cases: short values keep the test data small.
        case("max-n-all-equal", [7] * MAX_N),
        case("max-n-few-distinct", [rng.randint(0, 999) for _ in range(MAX_N)]),
        case("large-increasing-with-repeats", [k // 2 for k in range(60000)]),
        case("large-decreasing-then-increasing",
             list(range(20000, 0, -1)) + list(range(-20000, -10000))),
        # A long climb, then ever smaller values: each of them replaces the FIRST tail, so a
        # linear scan of the tails from the back walks 15,000 entries every time (O(n * L)).
        case("climb-then-fall", list(range(15000)) + list(range(-1, -15001, -1))),
    ]
    return samples, hidden


def small(rng):
    n = rng.choice([1, 2, rng.randint(1, 12)])
    bound = rng.choice([0, 1, 3, 10, B])
    return [rng.randint(-bound, bound) for _ in range(n)]


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/quadratic_dp.py")
