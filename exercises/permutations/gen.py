#!/usr/bin/env python3
"""Seeded generator for the permutations tests (see tools/gen/genlib.py for the command line)."""
import itertools
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240707


def brute(nums):
    return [list(p) for p in itertools.permutations(nums)]


def distinct(rng, n, lo=-10, hi=10):
    return rng.sample(range(lo, hi + 1), n)


def build(ex, rng):
    def case(name, nums):
        assert 0 <= len(nums) <= 8 and len(set(nums)) == len(nums)
        assert all(-10 <= x <= 10 for x in nums)
        c = ex.case(name, nums)
        assert ex.same(c["expected"], brute(nums))
        return c

    samples = [
        case("sample-1", [7, 8, 9]),
        case("sample-2", [-4, 7]),
        case("sample-3", [5]),
    ]
    hidden = [
        case("empty", []),
        case("single-zero", [0]),
        case("single-negative", [-10]),
        case("two-elements", [10, -10]),
        case("three-unsorted", [3, -1, 2]),
        case("four-descending", [4, 3, 2, 1]),
        case("five-with-zero", [0, -3, 8, 1, -7]),
        case("random-six", distinct(rng, 6)),
        case("seven-with-negatives", distinct(rng, 7)),
        # n = 8 has 40,320 permutations; single-digit values keep the test data small.
        case("max-n", distinct(rng, 8, 0, 9)),
    ]
    return samples, hidden


def small(rng):
    return distinct(rng, rng.randint(0, 6))


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
