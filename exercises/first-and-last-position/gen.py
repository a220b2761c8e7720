#!/usr/bin/env python3
"""Seeded generator for the first-and-last-position tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 6060
B = 10**9


def check(nums, targets):
    assert 0 <= len(nums) <= 10**5 and 1 <= len(targets) <= 2 * 10**4
    assert all(-B <= x <= B for x in nums + targets)
    assert all(nums[i] <= nums[i + 1] for i in range(len(nums) - 1))


def mixed_targets(rng, nums, q, lo, hi):
    """Half present values, half random values in [lo, hi] (mostly absent)."""
    return [rng.choice(nums) if nums and rng.random() < 0.5 else rng.randint(lo, hi) for _ in range(q)]


def build(ex, rng):
    def case(name, nums, targets):
        check(nums, targets)
        return ex.case(name, nums, targets)

    samples = [
        case("sample-1", [1, 3, 3, 3, 5, 8, 8], [3, 8, 4, 1]),
        case("sample-2", [], [7]),
        case("sample-3", [2, 2], [2, 1, 3]),
    ]
    hidden = [
        case("empty-several-targets", [], [0, -B, B]),
        case("single-element", [5], [5, 4, 6]),
        case("single-negative", [-3], [-3, 3]),
        case("all-equal-small", [4, 4, 4, 4, 4], [4, 3, 5]),
        case("absent-between-values", [1, 2, 2, 6, 9], [4, 7, 0, 10, 2]),
        case("run-at-start", [0, 0, 0, 1, 2], [0]),
        case("run-at-end", [1, 2, 7, 7, 7], [7, 2]),
        case("extreme-values", [-B, -B, 0, B, B], [-B, B, 0, -B + 1, B - 1]),
        case("distinct-values", [-9, -4, 0, 3, 8, 15], [-9, 15, 3, -4, 1, 16, -10]),
        case("two-runs", [6, 6, 6, 9, 9, 9], [6, 9, 7, 5, 10]),
    ]
    for k in range(4):
        nums = sorted(rng.randint(-10, 10) for _ in range(rng.randint(5, 40)))
        hidden.append(case(f"random-small-{k}", nums, mixed_targets(rng, nums, 20, -12, 12)))
    nums = sorted(rng.randint(-B, B) for _ in range(3000))
    hidden.append(case("random-medium-wide", nums, mixed_targets(rng, nums, 1000, -B, B)))
    # Large cases: 2 * 10^4 targets over 10^5 values.
    n, q = 10**5, 2 * 10**4
    hidden.append(case("max-n-all-equal", [7] * n, [7 if rng.random() < 0.9 else rng.choice([6, 8]) for _ in range(q)]))
    nums = sorted(rng.randint(0, 999) for _ in range(n))
    hidden.append(case("max-n-long-runs", nums, mixed_targets(rng, nums, 10**4, -5, 1004)))
    nums = sorted(rng.randint(-2000, 2000) for _ in range(30000))
    hidden.append(case("large-mostly-absent", nums, [rng.randint(2001, 3000) if k % 2 else rng.randint(-3000, 3000)
                                                     for k in range(5000)]))
    return samples, hidden


def small(rng):
    nums = sorted(rng.randint(-4, 4) for _ in range(rng.randint(0, 10)))
    return nums, [rng.randint(-5, 5) for _ in range(rng.randint(1, 6))]


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/linear_scan.py")
