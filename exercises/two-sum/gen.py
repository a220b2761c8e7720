#!/usr/bin/env python3
"""Seeded generator for the two-sum tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240611


def make_case(rng, n, lo, hi, target, pos=None, decoy=False, pair=None):
    """nums of length n with exactly one pair summing to target; the other values lie in
    [lo, hi]. pair = (a, b) fixes the pair's values (default: random within [lo, hi]),
    pos = (i, j) where it goes. decoy adds one lone element equal to target / 2 (a trap for
    solutions that pair an element with itself)."""
    if pair is None:
        a = rng.randint(max(lo, target - hi), min(hi, target - lo))
        pair = (a, target - a)
    a, b = pair
    assert a + b == target
    used = set()
    others = []
    half = None
    if decoy and target % 2 == 0 and target // 2 not in (a, b):
        half = target // 2
        others.append(half)
        used.add(half)
    while len(others) < n - 2:
        v = rng.randint(lo, hi)
        if v in (a, b) or 2 * v == target or (target - v) in used:
            continue
        used.add(v)
        others.append(v)
    rng.shuffle(others)
    if pos is None:
        i, j = sorted(rng.sample(range(n), 2))
    else:
        i, j = pos
    nums = []
    it = iter(others)
    for k in range(n):
        nums.append(a if k == i else b if k == j else next(it))
    return nums


def check_unique(nums, target):
    seen = {}
    count = 0
    for x in nums:
        count += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    assert count == 1, (nums[:20], target, count)


def build(ex, rng):

    def case(name, nums, target):
        check_unique(nums, target)
        return ex.case(name, nums, target)

    samples = [
        case("sample-1", [4, 9, 1, 7], 8),
        case("sample-2", [-3, 5, 2, 5, 8], 5),
        case("sample-3", [6, 6], 12),
    ]
    B = 10**9
    hidden = [
        case("n2-minimal", [1, 2], 3),
        case("n2-negative", [-5, -9], -14),
        case("equal-values", [3, 3], 6),
        case("zeros", [0, 4, 3, 0], 0),
        case("all-negative", [-1, -2, -3, -4, -5], -8),
        case("max-values", [B, B - 1, B], 2 * B),
        case("min-values", [-B, 3, -B], -2 * B),
        case("lone-half-decoy", [4, 1, 7, 8], 8),
        case("lone-half-decoy-2", [5, 2, 10, 8], 10),
        case("pair-first-and-last", [2, 5, 5, 11, 7], 9),
        case("sum-to-zero", [5, -7, 12, 7, 3], 0),
        case("duplicates-not-answer", [1, 1, 1, 1, 5, 9], 14),
        case("answer-is-duplicate", [7, 2, 11, 2, 15], 4),
        case("opposite-extremes", [17, -B, 4, B], 0),
    ]
    for k in range(4):
        n = rng.randint(10, 60)
        t = rng.randrange(-60, 61, 2)
        hidden.append(case(f"random-small-{k}", make_case(rng, n, -50, 50, t, decoy=(k % 2 == 0)), t))
    for k in range(3):
        n = rng.randint(500, 3000)
        t = rng.randint(-2 * B, 2 * B) // 2 * 2
        hidden.append(case(f"random-medium-{k}", make_case(rng, n, -B, B, t, decoy=True), t))
    # Large cases: the pair sits near the end, so trying all pairs costs ~n^2 / 2 steps.
    n = 10**5
    t = rng.randint(-B, B) * 2
    hidden.append(case("large-wide-range", make_case(rng, n, -B, B, t, pos=(n - 2, n - 1)), t))
    t = -4
    hidden.append(case("large-many-duplicates",
                       make_case(rng, n, 1, 5000, t, pos=(n - 3, n - 1), pair=(-1, -3)), t))
    t = 2 * rng.randint(-B // 2, B // 2)
    hidden.append(case("large-with-decoy", make_case(rng, n, -B, B, t, pos=(n - 1000, n - 1), decoy=True), t))
    t = 0
    hidden.append(case("large-target-zero", make_case(rng, n, -10**5, 10**5, t, pos=(n - 5, n - 4)), t))
    return samples, hidden


def small(rng):
    n = rng.randint(2, 12)
    t = rng.randint(-20, 20)
    nums = make_case(rng, n, -10, 10, t, decoy=rng.random() < 0.3)
    check_unique(nums, t)
    return nums, t


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/brute.py")
