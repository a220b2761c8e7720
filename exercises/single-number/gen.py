#!/usr/bin/env python3
"""Seeded generator for the single-number tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240710
MAX_K = 5 * 10**4
LO, HI = -2**31, 2**31 - 1


def brute(nums):
    for x in nums:
        if nums.count(x) == 1:
            return x
    raise AssertionError("no lone value")


def make(rng, k, lo, hi, single=None, where="random"):
    """2k + 1 numbers: k distinct paired values in [lo, hi] and one lone value."""
    if single is None:
        single = rng.randint(lo, hi)
    values = set()
    while len(values) < k:
        v = rng.randint(lo, hi)
        if v != single:
            values.add(v)
    values = sorted(values)
    rng.shuffle(values)
    nums = values + values
    rng.shuffle(nums)
    pos = {"random": rng.randint(0, 2 * k), "first": 0, "last": 2 * k}[where]
    nums.insert(pos, single)
    return nums


def build(ex, rng):
    def case(name, nums):
        assert len(nums) % 2 == 1 and len(nums) <= 2 * MAX_K + 1
        assert all(LO <= x <= HI for x in nums)
        return ex.case(name, nums)

    samples = [
        case("sample-1", [6, 1, 9, 1, 9]),
        case("sample-2", [-3, 7, 7]),
        case("sample-3", [0]),
    ]
    hidden = [
        case("single-element-negative", [-5]),
        case("lone-first", [9, 3, 3]),
        case("lone-last-largest", [1, 1, 2, 2, 3]),
        case("lone-is-zero", [6, 0, -6, 6, -6]),
        case("lone-negative-one", [5, -1, 5]),
        case("pairs-adjacent", [2, 2, 8, 8, 5, 4, 4]),
        case("pairs-far-apart", [1, 2, 3, 4, 9, 4, 3, 2, 1]),
        case("min-int-lone", [LO, HI, HI]),
        case("max-int-lone", [LO, HI, LO]),
        case("extremes-paired", [HI, LO, 0, LO, HI]),
        case("negative-and-positive-twins", [-7, 7, 7, 3, 3]),
        case("random-small", make(rng, 10, -20, 20)),
        case("random-32-bit", make(rng, 2000, LO, HI)),
        case("wide-lone-negative-largest-magnitude", make(rng, 10000, LO + 1, HI, single=LO)),
        # Large cases: the lone value comes last, so a scan-per-element search does all its work.
        case("max-n-lone-last", make(rng, MAX_K, -10**5, 10**5, where="last")),
        case("large-lone-largest", make(rng, 20000, -10**4, 10**4 - 1, single=10**4, where="last")),
    ]
    return samples, hidden


def small(rng):
    k = rng.randint(0, 6)
    bound = rng.choice([k + 1, 100, HI])
    return make(rng, k, max(LO, -bound), bound)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
