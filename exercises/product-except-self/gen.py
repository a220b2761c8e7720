#!/usr/bin/env python3
"""Seeded generator for the product-except-self tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 5555
LIMIT = 10**18


def check(nums):
    assert 2 <= len(nums) <= 10**5
    assert all(-30 <= x <= 30 for x in nums)
    p = 1
    for x in nums:
        if x:
            p *= x
    assert -LIMIT <= p <= LIMIT, p


def bounded(rng, n, big_slots, zeros=0, big=tuple(v for v in range(-30, 31) if v not in (-1, 0, 1))):
    """n numbers, mostly +-1, with big_slots values from `big` whose product stays within
    10^18, and `zeros` zeros, shuffled."""
    nums = [rng.choice((1, -1)) for _ in range(n - big_slots - zeros)] + [0] * zeros
    p = 1
    for _ in range(big_slots):
        while True:
            x = rng.choice(big)
            if abs(p * x) <= LIMIT:
                break
            x = rng.choice((2, -2, 1, -1))
            if abs(p * x) <= LIMIT:
                break
            x = 1
            break
        p *= x
        nums.append(x)
    rng.shuffle(nums)
    return nums


def build(ex, rng):
    def case(name, nums):
        check(nums)
        return ex.case(name, nums)

    samples = [
        case("sample-1", [2, 3, 4, 5]),
        case("sample-2", [-1, 2, 0, 4]),
        case("sample-3", [0, 7, 0]),
    ]
    hidden = [
        case("two-elements", [3, -4]),
        case("two-zeros", [0, 0]),
        case("zero-and-number", [0, 9]),
        case("zero-first", [0, 1, 2, 3, 4]),
        case("zero-last", [5, -6, 7, 0]),
        case("two-zeros-among-numbers", [3, 0, 2, 0, 5]),
        case("all-ones", [1, 1, 1, 1]),
        case("all-minus-ones", [-1, -1, -1, -1, -1]),
        case("negatives-mixed", [-2, 3, -4, 5, -6]),
        case("extremes", [30, -30, 30, -30]),
        # Products near 10^18 that a float cannot hold exactly.
        case("big-product-of-threes", [3] * 37 + [-1]),
        case("big-product-of-thirties", [-30] * 12 + [1, -1]),
        case("big-product-with-zero", [29] * 12 + [0, 1]),
        case("big-product-of-sevens", [7] * 10 + [-1] + [7] * 11),
        case("big-product-mixed", [-27, 23, 29, -17, 19, 13, 11, -7, 5, 3, 2, 2, 2, 3]),
    ]
    for k in range(4):
        n = rng.randint(2, 12)
        hidden.append(case(f"random-small-{k}", [rng.randint(-5, 5) for _ in range(n)]))
    hidden.append(case("random-medium", bounded(rng, 2000, 25, zeros=0)))
    # Large: O(n^2) multiplications are far too many.
    hidden.append(case("max-n-plus-minus-one", bounded(rng, 10**5, 4, big=(2, -2, 3, -3))))
    hidden.append(case("large-one-zero", bounded(rng, 50000, 8, zeros=1)))
    hidden.append(case("large-two-zeros", bounded(rng, 50000, 5, zeros=2)))
    return samples, hidden


def small(rng):
    n = rng.randint(2, 9)
    return ([rng.randint(-4, 4) for _ in range(n)],)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/multiply_the_others.py")
