#!/usr/bin/env python3
"""Seeded generator for the combination-sum tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240708
LO, HI = 2, 40
MAX_TARGET = 40


def brute(candidates, target):
    """Independent check: choose how many times to use each candidate, in turn."""
    out = []

    def go(i, remaining, chosen):
        if remaining == 0:
            out.append(list(chosen))
            return
        if i == len(candidates):
            return
        c = candidates[i]
        for k in range(remaining // c + 1):
            go(i + 1, remaining - k * c, chosen + [c] * k)

    go(0, target, [])
    return out


def build(ex, rng):
    def case(name, candidates, target):
        assert 1 <= len(candidates) <= 30 and len(set(candidates)) == len(candidates)
        assert all(LO <= c <= HI for c in candidates) and 1 <= target <= MAX_TARGET
        return ex.case(name, candidates, target)

    samples = [
        case("sample-1", [3, 5, 4], 10),
        case("sample-2", [6, 4], 9),
        case("sample-3", [2, 3], 6),
    ]
    hidden = [
        case("target-one", [2, 3, 5], 1),
        case("all-candidates-too-big", [17, 9, 12], 8),
        case("target-is-a-candidate", [9, 4], 9),
        case("single-candidate-divides", [7], 35),
        case("single-candidate-no", [7], 36),
        case("only-by-reuse", [2], 40),
        case("largest-values", [40, 39, 20], 40),
        case("descending-candidates", [9, 8, 7, 6, 5, 4, 3, 2], 12),
        case("small-after-large", [12, 2, 11, 3], 14),
        case("three-kinds", [5, 3, 2], 15),
        case("random-mid", rng.sample(range(LO, HI + 1), 8), rng.randint(20, 30)),
        case("big-candidates", list(range(40, 10, -1)), 40),
        case("random-thirty", rng.sample(range(LO, HI + 1), 30), MAX_TARGET),
        # The largest answer the constraints allow: 6,131 combinations.
        case("max-answer", rng.sample(range(2, 32), 30), MAX_TARGET),
    ]
    return samples, hidden


def small(rng):
    n = rng.randint(1, 6)
    return rng.sample(range(LO, 16), n), rng.randint(1, 25)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
