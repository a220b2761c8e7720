#!/usr/bin/env python3
"""Seeded generator for binary-search (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 424242
TOP = 10**9
N = 10**4


def sorted_distinct(rng, n, lo, hi):
    return sorted(rng.sample(range(lo, hi + 1), n))


def brute(nums, target):
    return nums.index(target) if target in nums else -1


def build(ex, rng):
    def case(name, nums, target):
        assert 1 <= len(nums) <= N and all(a < b for a, b in zip(nums, nums[1:])), name
        assert all(-TOP <= x <= TOP for x in nums + [target]), name
        return ex.case(name, nums, target)

    s = [-4, 0, 3, 8, 12, 20]
    samples = [
        case("sample-1", s, 8),
        case("sample-2", s, 5),
        case("sample-3", [7], 7),
    ]
    hidden = [
        case("single-miss-below", [7], 6),
        case("single-miss-above", [7], 8),
        case("two-first", [1, 5], 1),
        case("two-second", [1, 5], 5),
        case("two-between", [1, 5], 3),
        case("first-element", s, -4),
        case("last-element", s, 20),
        case("below-all", s, -100),
        case("above-all", s, 100),
        case("just-below-last", s, 19),
        case("just-above-first", s, -3),
        case("negatives-only", [-50, -40, -30, -20, -10], -40),
        case("extremes-low", [-TOP, 0, TOP], -TOP),
        case("extremes-high", [-TOP, 0, TOP], TOP),
        case("extremes-miss", [-TOP, TOP], 0),
        case("consecutive-values", list(range(10, 20)), 19),
    ]
    # Every position of small lists of several lengths, and every gap between them.
    for n in (3, 4, 7, 8):
        nums = sorted_distinct(rng, n, -30, 30)
        for i, x in enumerate(nums):
            hidden.append(case(f"n{n}-hit-{i}", nums, x))
        gaps = [v for v in range(nums[0] - 1, nums[-1] + 2) if v not in nums]
        hidden.append(case(f"n{n}-miss", nums, rng.choice(gaps)))
    for k in range(3):
        nums = sorted_distinct(rng, rng.randint(100, 2000), -TOP, TOP)
        target = rng.choice(nums) if k % 2 == 0 else rng.randint(-TOP, TOP)
        hidden.append(case(f"random-medium-{k}", nums, target))
    big = sorted_distinct(rng, N, -TOP, TOP)
    hidden.append(case("max-n-first", big, big[0]))
    hidden.append(case("max-n-last", big, big[-1]))
    hidden.append(case("max-n-miss-gap", big, big[N // 3] + 1 if big[N // 3] + 1 != big[N // 3 + 1]
                       else big[N // 3] - 1))
    hidden.append(case("max-n-miss-above", big, TOP if big[-1] < TOP else big[-1] - 1))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 9)
    nums = sorted_distinct(rng, n, -12, 12)
    return nums, rng.randint(-14, 14)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
