#!/usr/bin/env python3
"""Seeded generator for the search-rotated-array tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 3377
B = 10**9


def rotated(values, k):
    values = sorted(values)
    return values[k:] + values[:k]


def check(nums, targets):
    n = len(nums)
    assert 1 <= n <= 10**5 and 1 <= len(targets) <= 2 * 10**4
    assert len(set(nums)) == n
    assert all(-B <= x <= B for x in nums + targets)
    drops = sum(1 for i in range(n - 1) if nums[i] > nums[i + 1])
    assert drops == 0 or (drops == 1 and nums[-1] < nums[0])


def targets_for(rng, nums, q, lo, hi):
    return [rng.choice(nums) if rng.random() < 0.6 else rng.randint(lo, hi) for _ in range(q)]


def build(ex, rng):
    def case(name, nums, targets):
        check(nums, targets)
        return ex.case(name, nums, targets)

    samples = [
        case("sample-1", [15, 18, 22, 3, 7, 9], [7, 15, 10]),
        case("sample-2", [1], [1, 0]),
        case("sample-3", [5, 1, 3], [3, 5, 1, 4]),
    ]
    hidden = [
        case("single-negative", [-4], [-4, 4, -5]),
        case("two-rotated", [3, 1], [1, 3, 2, 0, 4]),
        case("two-not-rotated", [1, 3], [1, 3, 2]),
        case("not-rotated", [1, 2, 3, 4, 5, 6, 7], [1, 4, 7, 0, 8, 5]),
        case("rotated-by-one", [2, 3, 4, 5, 6, 7, 1], [1, 2, 7, 4, 8]),
        case("rotated-by-n-minus-one", [7, 1, 2, 3, 4, 5, 6], [7, 1, 6, 3, 0]),
        case("rotated-half", [40, 50, 60, 10, 20, 30], [10, 60, 30, 40, 35, 5, 65]),
        case("extreme-values", [B, -B, 0], [B, -B, 0, 1, -1]),
        case("absent-in-gap", [8, 12, 16, -20, -10, 0, 4], [14, -15, 2, 17, -21, 6]),
        case("negatives-rotated", [-3, -1, -9, -7, -5], [-9, -1, -3, -5, -7, -2, -10]),
    ]
    for k in range(4):
        n = rng.randint(2, 30)
        nums = rotated(rng.sample(range(-60, 61), n), rng.randrange(n))
        hidden.append(case(f"random-small-{k}", nums, targets_for(rng, nums, 30, -62, 62)))
    n = 2000
    nums = rotated(rng.sample(range(-B, B + 1), n), rng.randrange(n))
    hidden.append(case("random-medium", nums, targets_for(rng, nums, 2000, -B, B)))
    # Large: 2 * 10^4 targets over 10^5 values, many absent (a scan goes all the way).
    n, q = 10**5, 2 * 10**4
    nums = rotated(rng.sample(range(-200000, 200000), n), 61803)
    hidden.append(case("max-n-rotated", nums, targets_for(rng, nums, q, -200000, 200000)))
    n = 20000
    nums = rotated(rng.sample(range(-B, B + 1), n), 0)
    hidden.append(case("large-not-rotated-wide", nums, targets_for(rng, nums, 5000, -B, B)))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 8)
    nums = rotated(rng.sample(range(-10, 11), n), rng.randrange(n))
    return nums, [rng.randint(-11, 11) for _ in range(rng.randint(1, 6))]


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/linear_index.py")
