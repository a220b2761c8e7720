#!/usr/bin/env python3
"""Seeded generator for the fibonacci tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240701
MAX_N = 10**6


def build(ex, rng):
    def case(name, n):
        assert 0 <= n <= MAX_N
        return ex.case(name, n)

    samples = [case("sample-1", 10), case("sample-2", 1), case("sample-3", 50)]
    hidden = [
        case("n-zero", 0),
        case("n-one", 1),
        case("n-two", 2),
        case("n-three", 3),
        case("small-20", 20),
        case("mid-40", 40),            # ~3 * 10^8 calls for the plain recursion
        case("last-below-modulus", 44),  # F(44) = 701408733 < 10^9 + 7
        case("first-above-modulus", 45),  # F(45) = 1134903170 > 10^9 + 7
        case("n-1000", 1000),
        case("random-medium", rng.randint(2000, 50000)),
        case("random-large", rng.randint(100000, 900000)),
        case("max-minus-one", MAX_N - 1),
        case("max-n", MAX_N),
    ]
    return samples, hidden


def small(rng):
    return rng.choice([rng.randint(0, 10), rng.randint(0, 300)])


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/big_int_no_mod.py")
