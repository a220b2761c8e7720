#!/usr/bin/env python3
"""Seeded generator for the counting-bits tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240711
MAX_N = 10**5


def brute(n):
    out = []
    for i in range(n + 1):
        c = 0
        while i:
            c += i % 2
            i //= 2
        out.append(c)
    return out


def build(ex, rng):
    def case(name, n):
        assert 0 <= n <= MAX_N
        return ex.case(name, n)

    samples = [case("sample-1", 3), case("sample-2", 6), case("sample-3", 0)]
    hidden = [
        case("n-one", 1),
        case("n-three", 3),
        case("power-of-two", 8),
        case("just-below-power-of-two", 15),
        case("power-of-two-large", 1024),
        case("all-ones-large", 2**16 - 1),
        case("random-medium", rng.randint(100, 5000)),
        case("max-n", MAX_N),
    ]
    return samples, hidden


def small(rng):
    return rng.randint(0, 300)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
