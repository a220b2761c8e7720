#!/usr/bin/env python3
"""Seeded generator for the reverse-linked-list tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 1206
B = 10**9


def build(ex, rng):
    samples = [
        ex.case("sample-1", [1, 2, 3, 4, 5]),
        ex.case("sample-2", [7, -3]),
        ex.case("sample-3", []),
    ]
    hidden = [
        ex.case("single-node", [42]),
        ex.case("single-negative", [-B]),
        ex.case("two-equal", [5, 5]),
        ex.case("three-nodes", [0, 1, 2]),
        ex.case("palindrome", [1, 2, 3, 2, 1]),
        ex.case("extreme-values", [B, -B, 0, B - 1, -B + 1, B]),
        ex.case("all-equal", [4] * 50),
    ]
    for k in range(3):
        n = rng.randint(3, 25)
        hidden.append(ex.case(f"random-small-{k}", [rng.randint(-100, 100) for _ in range(n)]))
    hidden.append(ex.case("random-999", [rng.randint(-B, B) for _ in range(999)]))
    # Past the default recursion limit: one recursive call per node fails from here on.
    hidden.append(ex.case("longer-than-recursion-limit", [rng.randint(-B, B) for _ in range(1500)]))
    hidden.append(ex.case("long-wide-values", [rng.randint(-B, B) for _ in range(10000)]))
    hidden.append(ex.case("max-length", [rng.randint(-9, 9) for _ in range(10**5)]))
    return samples, hidden


def small(rng):
    n = rng.choice([0, 1, 2, rng.randint(3, 12)])
    return [rng.randint(-5, 5) for _ in range(n)]


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/swap_values_by_walking.py")
