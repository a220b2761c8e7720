#!/usr/bin/env python3
"""Seeded generator for subsets (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 31337
B = 10**9


def check(nums):
    assert 0 <= len(nums) <= 16, len(nums)
    assert len(set(nums)) == len(nums), nums
    assert all(-B <= x <= B for x in nums), nums


def canonical(family):
    """The order-free form the checker compares ("unordered-nested")."""
    return sorted(sorted(s) for s in family)


def distinct(rng, n, lo, hi):
    return rng.sample(range(lo, hi + 1), n)


def build(ex, rng):
    ref = ex.reference

    def case(name, nums):
        check(nums)
        expected = ref(list(nums))
        assert len(expected) == 2 ** len(nums)
        return {"name": name, "args": [nums], "expected": expected}

    samples = [
        case("sample-1", [1, 2, 3]),
        case("sample-2", [0]),
        case("sample-3", [-4, 9]),
    ]
    hidden = [
        case("empty", []),
        case("single-zero", [0]),
        case("single-negative", [-7]),
        case("single-max", [B]),
        case("two-opposites", [5, -5]),
        case("three-unsorted", [3, -1, 2]),
        case("four-descending", [4, 3, 2, 1]),
        case("extremes", [-B, B, 0, 1]),
        case("negatives-only", [-1, -2, -3, -4, -5]),
    ]
    for k in range(3):
        hidden.append(case(f"random-small-{k}", distinct(rng, rng.randint(5, 8), -100, 100)))
    hidden.append(case("random-wide-10", distinct(rng, 10, -B, B)))
    hidden.append(case("random-wide-11", distinct(rng, 11, -B, B)))
    # The largest ones use small values so the expected answers stay around 1.4 MB at most.
    hidden.append(case("n13", distinct(rng, 13, -50, 50)))
    hidden.append(case("n14", distinct(rng, 14, -20, 20)))
    hidden.append(case("n15", distinct(rng, 15, -9, 9)))
    hidden.append(case("n16", distinct(rng, 16, -6, 9)))
    return samples, hidden


def small(rng):
    nums = distinct(rng, rng.randint(0, 10), -20, 20)
    check(nums)
    return (nums,)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute="submissions/accepted/combinations.py")
