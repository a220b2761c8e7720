#!/usr/bin/env python3
"""Seeded generator for the non-overlapping-intervals tests (see tools/gen/genlib.py)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240717
MAX_N = 5 * 10**4
B = 10**9


def random_intervals(rng, n, lo, hi, max_len):
    out = []
    for _ in range(n):
        s = rng.randint(lo, hi - 1)
        out.append([s, min(hi, s + rng.randint(1, max_len))])
    return out


def build(ex, rng):
    def case(name, intervals):
        assert 1 <= len(intervals) <= MAX_N
        assert all(-B <= s < e <= B for s, e in intervals)
        return ex.case(name, intervals)

    samples = [
        case("sample-1", [[1, 4], [2, 3], [3, 6], [5, 7]]),
        case("sample-2", [[0, 2], [2, 4], [4, 6]]),
        case("sample-3", [[-5, 5], [-5, 5], [-5, 5]]),
    ]
    hidden = [
        case("single-interval", [[0, 1]]),
        case("two-overlapping", [[1, 3], [2, 4]]),
        case("two-touching", [[2, 3], [1, 2]]),
        case("duplicates", [[1, 2], [1, 2], [3, 4], [3, 4]]),
        case("long-first-blocks-short", [[1, 100], [2, 3], [3, 4], [4, 5]]),
        case("nested", [[0, 10], [1, 9], [2, 8], [3, 7]]),
        case("chain-of-overlaps", [[1, 3], [2, 4], [3, 5], [4, 6]]),
        case("all-negative", [[-10, -8], [-9, -7], [-7, -5], [-20, -15]]),
        case("negative-start-alone", [[-3, -1]]),
        case("extremes", [[-B, B], [-B, 0], [0, B], [-1, 1]]),
        case("unsorted-touching", [[5, 6], [3, 4], [4, 5], [1, 3]]),
        case("same-end-different-starts", [[1, 5], [2, 5], [4, 5], [5, 6]]),
        case("random-small", random_intervals(rng, 30, -20, 20, 6)),
        case("random-wide", random_intervals(rng, 3000, -B, B, 10**7)),
        # Large cases: small coordinates keep the test data small.
        case("max-n-random", random_intervals(rng, MAX_N, 0, 5000, 40)),
        case("large-all-overlapping",
             [[k, 40000 - k] for k in rng.sample(range(20000), 20000)]),
        case("large-touching-chain", [[k, k + 1] for k in rng.sample(range(-10000, 10000), 20000)]),
    ]
    return samples, hidden


def small(rng):
    n = rng.randint(1, 8)
    return random_intervals(rng, n, rng.choice([-5, 0]), rng.choice([3, 10]), rng.choice([1, 2, 5]))


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/quadratic_dp.py")
