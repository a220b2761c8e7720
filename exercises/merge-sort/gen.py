#!/usr/bin/env python3
"""Seeded generator for the merge-sort tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240702
MAX_N = 5 * 10**4
B = 10**9


def build(ex, rng):
    def case(name, nums):
        assert 0 <= len(nums) <= MAX_N and all(-B <= x <= B for x in nums)
        return ex.case(name, nums)

    samples = [
        case("sample-1", [5, 2, 9, 1, 5, 6]),
        case("sample-2", [3, -1, 0, -7]),
        case("sample-3", []),
    ]
    hidden = [
        case("single-element", [42]),
        case("two-descending", [2, 1]),
        case("two-equal", [-3, -3]),
        case("already-sorted", [1, 2, 3, 4, 5, 6, 7]),
        case("reverse-small", [9, 7, 5, 3, 1, 0, -2]),
        case("all-equal", [7] * 33),
        case("zeros-and-signs", [0, -1, 1, 0, -1, 1, 0]),
        case("extremes", [B, -B, 0, B, -B, 1, -1]),
        case("odd-length-duplicates", [4, 1, 4, 1, 4, 1, 4, 1, 4]),
        case("random-small", [rng.randint(-20, 20) for _ in range(25)]),
        case("random-wide", [rng.randint(-B, B) for _ in range(1000)]),
        case("few-distinct", [rng.choice([-B, -1, 0, 1, B]) for _ in range(2000)]),
        # Large cases: short values keep the test data small.
        case("max-n-reverse-sorted", list(range(MAX_N - 1, -1, -1))),
        case("max-n-random", [rng.randint(-99, 99) for _ in range(MAX_N)]),
        case("sorted-then-reverse",
             list(range(0, 3000)) + list(range(3000, 0, -1))),
    ]
    return samples, hidden


def small(rng):
    n = rng.choice([0, 1, 2, rng.randint(0, 12)])
    bound = rng.choice([0, 2, 10, B])
    return [rng.randint(-bound, bound) for _ in range(n)]


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/insertion_sort.py")
