#!/usr/bin/env python3
"""Seeded generator for the daily-temperatures tests (see tools/gen/genlib.py)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240713
MAX_N = 10**5
LO, HI = -100, 100
PLATEAU = 3 * 10**4  # long waits: the expected answers are large, so keep these shorter


def build(ex, rng):
    def case(name, temps):
        assert 1 <= len(temps) <= MAX_N and all(LO <= t <= HI for t in temps)
        return ex.case(name, temps)

    samples = [
        case("sample-1", [30, 32, 31, 35, 33, 33, 36]),
        case("sample-2", [-5, -5, -5]),
        case("sample-3", [10, 20, 30]),
    ]
    hidden = [
        case("single-day", [HI]),
        case("two-days-warmer", [LO, HI]),
        case("two-days-colder", [HI, LO]),
        case("two-equal", [0, 0]),
        case("strictly-decreasing", list(range(HI, LO - 1, -1))),
        case("strictly-increasing", list(range(LO, HI + 1))),
        case("valley-answers-many", [50, 40, 30, 20, 10, 60]),
        case("plateau-then-warmer", [7, 7, 7, 7, 8, 7, 7]),
        case("equal-then-warmer-later", [20, 25, 20, 25, 30]),
        case("extremes", [LO, HI, LO, HI, LO]),
        case("random-small", [rng.randint(-3, 3) for _ in range(40)]),
        case("random-medium", [rng.randint(LO, HI) for _ in range(5000)]),
        case("sawtooth", [HI - (k % 201) for k in range(3000)] + [HI]),
        # Large cases.
        case("max-n-random", [rng.randint(LO, HI) for _ in range(MAX_N)]),
        case("long-plateau-then-spike", [0] * (PLATEAU - 1) + [1]),
        case("decreasing-steps-then-spike",
             [HI - 1 - k * 199 // PLATEAU for k in range(PLATEAU - 1)] + [HI]),
        # No two neighbours are equal (so reusing the previous day's answer does not help), yet
        # every other day waits until the very end.
        case("alternating-then-spike", [0, -1] * 20000 + [1]),
    ]
    return samples, hidden


def small(rng):
    n = rng.randint(1, 12)
    spread = rng.choice([0, 1, 3, 100])
    return [rng.randint(-spread, spread) for _ in range(n)]


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/scan_forward.py")
