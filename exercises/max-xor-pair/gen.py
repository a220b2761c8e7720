#!/usr/bin/env python3
"""Seeded generator for the max-xor-pair tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240712
MAX_N = 5 * 10**4
TOP = 2**31 - 1


def brute(nums):
    return max(a ^ b for i, a in enumerate(nums) for b in nums[i + 1:])


def build(ex, rng):
    def case(name, nums):
        assert 2 <= len(nums) <= MAX_N and all(0 <= x <= TOP for x in nums)
        return ex.case(name, nums)

    samples = [
        case("sample-1", [12, 7, 9, 2]),
        case("sample-2", [4, 6, 3]),
        case("sample-3", [7, 7]),
    ]
    # Values that all have bit 30 set, so the answer never has it.
    high = [2**30 + rng.randint(0, 2**29 - 1) for _ in range(300)]
    hidden = [
        case("two-zeros", [0, 0]),
        case("zero-and-max", [0, TOP]),
        case("two-max", [TOP, TOP]),
        case("complementary-pair", [0b1010101010101010101010101010101, 0b0101010101010101010101010101010]),
        case("all-equal", [123456789] * 50),
        case("max-not-in-best-pair", [8, 7, 12, 11]),
        case("max-not-in-best-pair-2", [2**30, 2**30 - 1, 2**30 + 5, 2**30 + 1]),
        case("powers-of-two", [1 << b for b in range(31)]),
        case("top-bit-only-pair", [2**30, 0, 5, 2**30 + 7]),
        case("adjacent-values", list(range(1000, 1100))),
        case("share-bit-30", high),
        case("random-small", [rng.randint(0, 63) for _ in range(20)]),
        case("random-31-bit", [rng.randint(0, TOP) for _ in range(3000)]),
        case("random-below-2-30", [rng.randint(0, 2**30 - 1) for _ in range(3000)]),
        # Large cases: the trie gets full 31-level paths; all pairs are 1.25 * 10^9 XORs.
        case("max-n-31-bit", [rng.randint(0, TOP) for _ in range(MAX_N)]),
        case("max-n-20-bit", [rng.randint(0, 2**20 - 1) for _ in range(MAX_N)]),
    ]
    return samples, hidden


def small(rng):
    n = rng.randint(2, 10)
    bound = rng.choice([0, 1, 7, 255, TOP])
    return [rng.randint(0, bound) for _ in range(n)]


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
