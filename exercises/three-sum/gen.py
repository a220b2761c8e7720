#!/usr/bin/env python3
"""Seeded generator for the three-sum tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 3303
V = 10**5


def check(nums):
    assert 3 <= len(nums) <= 3000, len(nums)
    assert all(-V <= x <= V for x in nums)


def no_triplet_values(rng, n):
    """n distinct values, all congruent to 3 mod 4 (about half negative), so no three sum to
    0 (a sum of three is 1 mod 4): the two pointers sweep everything and find nothing."""
    return rng.sample(range(-V + 3, V + 1, 4), n)


def build(ex, rng):
    def case(name, nums):
        check(nums)
        return ex.case(name, nums)

    samples = [
        case("sample-1", [2, -3, 0, 1, -1, 3]),
        case("sample-2", [-2, 1, 1, 1]),
        case("sample-3", [5, 0, -4]),
    ]
    hidden = [
        case("three-zeros", [0, 0, 0]),
        case("two-zeros", [0, 0, 1]),
        case("four-zeros", [0, 0, 0, 0]),
        case("three-no-answer", [1, 2, 3]),
        case("three-exact", [-7, 3, 4]),
        case("all-negative", [-1, -2, -3, -4]),
        case("all-positive", [1, 2, 3, 4, 5]),
        case("pair-of-negatives", [-1, -1, 2]),
        case("pair-of-negatives-mixed", [2, -1, 4, -1, -3]),
        case("repeated-inner-values", [-2, 0, 0, 2, 2]),
        case("repeated-everything", [-1, -1, -1, 0, 0, 0, 1, 1, 1, 2, 2, -2]),
        case("extremes", [V, -V, 0, V // 2, -(V // 2)]),
        case("extremes-doubled", [-V, V // 2, V // 2, V, -V // 2, -V // 2]),
        case("zero-with-opposites", [0, 5, -5, 0, 5]),
    ]
    for k in range(4):
        n = rng.randint(6, 40)
        hidden.append(case(f"random-small-{k}", [rng.randint(-12, 12) for _ in range(n)]))
    hidden.append(case("random-medium", [rng.randint(-500, 500) for _ in range(400)]))
    # Large: n = 3000. The O(n^2) scan is the work; the answers stay small.
    n = 3000
    nums = no_triplet_values(rng, n)
    for t in ([-8, 3, 5], [-V, 40000, 60000], [V, -1, -(V - 1)]):
        for v in t:
            nums[rng.randrange(n)] = v
    hidden.append(case("max-n-few-triplets", nums))
    hidden.append(case("max-n-all-zero", [0] * n))
    hidden.append(case("max-n-small-range", [rng.randint(-15, 15) for _ in range(n)]))
    nums = no_triplet_values(rng, n)
    hidden.append(case("max-n-none", nums))
    return samples, hidden


def small(rng):
    n = rng.randint(3, 9)
    r = rng.choice([2, 4, 8])
    return ([rng.randint(-r, r) for _ in range(n)],)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/brute.py")
