#!/usr/bin/env python3
"""Seeded generator for jump-game (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 1001
MAX_N = 10**5
MAX_V = 10**5


def check(nums):
    assert 1 <= len(nums) <= MAX_N and all(0 <= x <= MAX_V for x in nums)


def brute(nums):
    """Explicit graph search over the positions (small inputs only)."""
    n = len(nums)
    seen = {0}
    stack = [0]
    while stack:
        i = stack.pop()
        for j in range(i + 1, min(n, i + nums[i] + 1)):
            if j not in seen:
                seen.add(j)
                stack.append(j)
    return n - 1 in seen


def build(ex, rng):
    def case(name, nums):
        check(nums)
        return ex.case(name, nums)

    samples = [
        case("sample-1", [2, 3, 0, 0, 4]),
        case("sample-2", [3, 2, 1, 0, 4]),
        case("sample-3", [0]),
    ]
    hidden = [
        case("single-max-value", [MAX_V]),
        case("two-stuck", [0, 1]),
        case("two-exact", [1, 0]),
        case("exact-reach-chain", [1, 1, 1, 1, 0]),
        case("stuck-one-short", [1, 1, 0, 1]),
        case("jump-over-zeros", [4, 0, 0, 0, 0]),
        case("zeros-then-unreachable", [3, 0, 0, 0, 1]),
        case("short-jump-first", [2, 5, 0, 0, 0, 0, 1]),
        case("longest-jump-lands-on-zero", [3, 4, 1, 0, 2, 0, 0, 0]),
        case("zero-at-the-end-is-fine", [2, 0, 0]),
        case("big-first-jump", [MAX_V, 0, 0, 0, 0, 0]),
    ]
    for k in range(6):
        want = k % 2 == 0  # alternate reachable and unreachable cases
        while True:
            n = rng.randint(5, 30)
            nums = [rng.choice([0, 1, 2, 2, 3, 4]) for _ in range(n)]
            if ex.reference(nums) == want:
                break
        hidden.append(case(f"random-small-{k}", nums))
    n = 2000
    nums = [rng.choice([0, 0, 1, 3, 4, 6, 8]) for _ in range(n)]
    reach = 0
    for i in range(n):  # lengthen a jump wherever the scan would get stuck: reachable
        if i > reach:
            nums[reach] = i - reach + rng.randint(0, 3)
            reach += nums[reach]
        reach = max(reach, i + nums[i])
    hidden.append(case("random-medium-many-zeros", nums))
    nums = [rng.randint(1, 5) for _ in range(n)]
    for p in range(1400, 1500):
        nums[p] = min(nums[p], 1499 - p)  # nobody gets past index 1499, which holds 0
    hidden.append(case("random-medium-wall", nums))
    hidden.append(case("max-n-all-ones", [1] * MAX_N))
    # max: position i can jump exactly to the 0 at index z = n - 2 and no further, so
    # every index up to z is reachable but the last one is not
    z = MAX_N - 2
    hidden.append(case("max-n-staircase-to-a-zero", [z - i for i in range(z + 1)] + [MAX_V]))
    hidden.append(case("long-array-max-jumps", [MAX_V] * 30000))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 10)
    return ([rng.choice([0, 0, 1, 1, 2, 3, 5, MAX_V]) for _ in range(n)],)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
