#!/usr/bin/env python3
"""Seeded generator for the n-queens tests (see tools/gen/genlib.py for the command line)."""
import itertools
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240709
# Published counts (OEIS A000170), as an independent check of the reference.
KNOWN = {1: 1, 2: 0, 3: 0, 4: 2, 5: 10, 6: 4, 7: 40, 8: 92, 9: 352, 10: 724, 11: 2680}


def brute(n):
    """Every permutation of the columns, checked for diagonal clashes (n <= 8 in --stress)."""
    return sum(1 for p in itertools.permutations(range(n))
               if len({r + c for r, c in enumerate(p)}) == n and len({r - c for r, c in enumerate(p)}) == n)


def build(ex, rng):
    def case(name, n):
        c = ex.case(name, n)
        assert c["expected"] == KNOWN[n], (n, c["expected"])
        return c

    samples = [case("sample-1", 4), case("sample-2", 2), case("sample-3", 6)]
    hidden = [case("n-1", 1), case("n-2-none", 2), case("n-3-none", 3)]
    hidden += [case(f"n-{n:02d}", n) for n in range(4, 12)]
    return samples, hidden


def small(rng):
    return rng.randint(1, 8)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
