#!/usr/bin/env python3
"""Seeded generator for the subarray-sum-equals-k tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 1234
K = 10**8


def check(nums, k):
    assert 1 <= len(nums) <= 10**5
    assert all(-1000 <= x <= 1000 for x in nums)
    assert -K <= k <= K


def build(ex, rng):
    def case(name, nums, k):
        check(nums, k)
        return ex.case(name, nums, k)

    samples = [
        case("sample-1", [1, 2, 3, -2, 2], 3),
        case("sample-2", [0, 0, 0], 0),
        case("sample-3", [-1, -1, 1], -1),
    ]
    hidden = [
        case("single-match", [5], 5),
        case("single-no-match", [5], 4),
        case("single-zero-k-zero", [0], 0),
        case("single-nonzero-k-zero", [3], 0),
        case("starts-at-index-zero", [2, 2, 2], 4),
        case("whole-array-only", [1, -1, 1, 1], 2),
        case("negative-k", [-3, 1, -2, 4, -4], -4),
        case("zeros-around-match", [0, 3, 0, 0], 3),
        case("cancelling-pairs-k-zero", [1, -1, 1, -1, 1, -1], 0),
        case("positives-then-negatives", [4, 3, -7, 2, 5, -5], 7),
        case("extreme-values", [1000, -1000, 1000, -1000, 1000], 1000),
        case("k-too-large", [1000, 1000, 1000], 10**8),
        case("k-most-negative", [-1000, -1000], -10**8),
    ]
    for k in range(4):
        n = rng.randint(5, 40)
        nums = [rng.randint(-5, 5) for _ in range(n)]
        hidden.append(case(f"random-small-{k}", nums, rng.randint(-6, 6)))
    nums = [rng.randint(-1000, 1000) for _ in range(3000)]
    hidden.append(case("random-medium", nums, rng.randint(-3000, 3000)))
    n = 10**5
    # Every subarray sums to 0: the answer is n(n+1)/2, about 5 * 10^9.
    hidden.append(case("max-n-all-zero", [0] * n, 0))
    hidden.append(case("max-n-small-values", [rng.randint(-9, 9) for _ in range(n)], 7))
    # Only the whole array reaches k with the largest values.
    hidden.append(case("large-all-max-whole-array", [1000] * 20000, 2 * 10**7))
    nums = [rng.randint(-1000, 1000) for _ in range(20000)]
    hidden.append(case("large-wide-values-negative-k", nums, -abs(sum(nums[100:200])) or -1))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 10)
    return [rng.randint(-3, 3) for _ in range(n)], rng.randint(-4, 4)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/all_subarrays.py")
