#!/usr/bin/env python3
"""Seeded generator for the sliding-window-maximum tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 9753
B = 10**9


def check(nums, k):
    assert 1 <= len(nums) <= 10**5 and 1 <= k <= len(nums)
    assert all(-B <= x <= B for x in nums)


def build(ex, rng):
    def case(name, nums, k):
        check(nums, k)
        return ex.case(name, nums, k)

    samples = [
        case("sample-1", [4, 2, 12, 3, 8, 1, 7], 3),
        case("sample-2", [5], 1),
        case("sample-3", [-3, -1, -1, -5], 2),
    ]
    hidden = [
        case("single-negative", [-B], 1),
        case("k-equals-one", [3, -1, 4, -1, 5], 1),
        case("k-equals-n", [3, -1, 4, -1, 5], 5),
        case("all-equal", [7] * 6, 3),
        case("all-negative-extremes", [-B, -B + 1, -B, -B, -B + 2], 2),
        case("extremes", [B, -B, -B, B, -B], 2),
        case("duplicate-max-leaves", [3, 3, 1], 2),
        case("duplicate-max-leaves-2", [5, 1, 5, 1, 1, 1], 3),
        case("increasing", list(range(10)), 4),
        case("decreasing", list(range(10, 0, -1)), 4),
        case("max-at-each-window-start", [9, 1, 8, 1, 7, 1, 6], 2),
        case("two-windows", [1, 3, 2], 2),
    ]
    for k in range(4):
        n = rng.randint(1, 40)
        nums = [rng.randint(-5, 5) for _ in range(n)]
        hidden.append(case(f"random-small-{k}", nums, rng.randint(1, n)))
    nums = [rng.randint(-B, B) for _ in range(3000)]
    hidden.append(case("random-medium", nums, 100))
    # Large: k about n / 2, so a separate max() per window costs ~n^2 / 4 steps.
    n = 10**5
    hidden.append(case("max-n-half-window", [rng.randint(0, 99) for _ in range(n)], n // 2))
    m = 30000
    hidden.append(case("large-decreasing-half-window", list(range(m, 0, -1)), m // 2))
    hidden.append(case("large-increasing-half-window", list(range(-m, 0)), m // 2))
    nums = [rng.randint(-B, B) for _ in range(10000)]
    hidden.append(case("random-wide-small-window", nums, 7))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 10)
    nums = [rng.randint(-3, 3) for _ in range(n)]
    return nums, rng.randint(1, n)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/max_of_each_window.py")
