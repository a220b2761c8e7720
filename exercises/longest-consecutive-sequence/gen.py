#!/usr/bin/env python3
"""Seeded generator for the longest-consecutive-sequence tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 7171
B = 10**9


def check(nums):
    assert 0 <= len(nums) <= 10**5
    assert all(-B <= x <= B for x in nums)


def build(ex, rng):
    def case(name, nums):
        check(nums)
        return ex.case(name, nums)

    samples = [
        case("sample-1", [8, 3, 100, 5, 4, 7, 6]),
        case("sample-2", []),
        case("sample-3", [2, -1, 1, 0, 1, 5]),
    ]
    hidden = [
        case("empty", []),
        case("single", [42]),
        case("single-negative-extreme", [-B]),
        case("two-apart", [1, 3]),
        case("two-adjacent-reversed", [6, 5]),
        case("all-equal", [4, 4, 4, 4]),
        case("duplicates-inside-run", [1, 2, 2, 3]),
        case("duplicates-everywhere", [5, 5, 6, 6, 7, 7, 9, 9, 10]),
        case("run-crossing-zero", [-2, 1, -1, 0, 2, -3]),
        case("top-of-range", [B, B - 1, B - 2, -B, -B + 1]),
        case("two-runs-second-longer", [10, 11, 1, 2, 3, 4, 12]),
        case("descending", [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]),
        case("gaps-of-two", [0, 2, 4, 6, 8]),
    ]
    for k in range(4):
        n = rng.randint(5, 50)
        hidden.append(case(f"random-small-{k}", [rng.randint(-30, 30) for _ in range(n)]))
    hidden.append(case("random-medium", [rng.randint(-3000, 3000) for _ in range(4000)]))
    # Large: one long shuffled run (counting from every value is ~n^2 / 2 lookups).
    run = list(range(-25000, 25000))
    rng.shuffle(run)
    hidden.append(case("large-one-long-run", run))
    hidden.append(case("max-n-all-equal", [7] * 10**5))
    # Runs at both ends of the value range, with duplicates, shuffled.
    nums = list(range(B - 12000, B + 1)) + list(range(-B, -B + 8000)) + [B - 5] * 50
    nums += [rng.randint(-B, B) for _ in range(2000)]
    rng.shuffle(nums)
    hidden.append(case("large-runs-at-extremes", nums))
    return samples, hidden


def small(rng):
    n = rng.randint(0, 10)
    return ([rng.randint(-6, 6) for _ in range(n)],)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/accepted/sort_and_scan.py")
