#!/usr/bin/env python3
"""Seeded generator for the all-pairs-with-sum tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4242
B = 10**9


def check(nums, target):
    assert 1 <= len(nums) <= 10**5
    assert all(-B <= x <= B for x in nums)
    assert -2 * B <= target <= 2 * B


def build(ex, rng):
    def case(name, nums, target):
        check(nums, target)
        return ex.case(name, nums, target)

    samples = [
        case("sample-1", [3, 1, 4, 1, 5, 9, 2, 6], 7),
        case("sample-2", [2, 2, 2, 5, -1], 4),
        case("sample-3", [4, 1, 0], 8),
    ]
    hidden = [
        case("single-element", [5], 3),
        case("single-element-half-target", [5], 10),
        case("two-equal", [5, 5], 10),
        case("two-different", [-3, 8], 5),
        case("no-pair", [1, 2, 3], 100),
        case("zeros", [0, 0, 0], 0),
        case("single-zero", [0, 7, -6], 0),
        case("opposites", [-4, 4, -4, 4, 0], 0),
        case("half-target-once-among-pairs", [6, 1, 11, 3, 9, 6, 7], 12),
        case("half-target-once-only", [1, 6, 2, 3], 12),
        case("max-values-twice", [B, -B, B], 2 * B),
        case("max-value-once", [B, -B, 0], 2 * B),
        case("min-values", [-B, -B, 3, B], -2 * B),
        case("opposite-extremes", [B, 17, -B, 17], 0),
        case("all-negative", [-1, -2, -3, -4, -5, -6], -7),
        case("descending-input", [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], 9),
        case("many-repeats", [1, 3, 1, 3, 1, 3, 2, 2], 4),
    ]
    for k in range(4):
        n = rng.randint(10, 60)
        nums = [rng.randint(-30, 30) for _ in range(n)]
        hidden.append(case(f"random-small-{k}", nums, rng.randint(-40, 40)))
    for k in range(2):
        n = rng.randint(500, 2000)
        nums = [rng.randint(-B, B) for _ in range(n)]
        # plant a few pairs
        for _ in range(20):
            i, j = rng.sample(range(n), 2)
            nums[j] = 777 - nums[i] if abs(777 - nums[i]) <= B else nums[j]
        hidden.append(case(f"random-medium-{k}", nums, 777))
    # Large cases: every pair of positions is ~n^2 / 2 checks.
    n = 10**5
    hidden.append(case("max-n-all-equal", [7] * n, 14))
    nums = [rng.randint(0, 999) for _ in range(n)]
    hidden.append(case("max-n-many-duplicates", nums, 1000))
    n = 40000
    values = rng.sample(range(-B, B + 1), n)
    target = rng.randint(-B, B)
    for _ in range(300):  # plant pairs; some values may then repeat, which is allowed
        i, j = rng.sample(range(n), 2)
        if abs(target - values[i]) <= B:
            values[j] = target - values[i]
    hidden.append(case("large-wide-range", values, target))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 10)
    nums = [rng.randint(-5, 5) for _ in range(n)]
    if rng.random() < 0.2:
        nums = [rng.randint(-2, 2)] * n
    return nums, rng.randint(-10, 10)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/brute.py")
