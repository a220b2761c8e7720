#!/usr/bin/env python3
"""Seeded generator for the largest-rectangle-histogram tests (see tools/gen/genlib.py)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240714
MAX_N = 10**5
B = 10**9


def brute(heights):
    """Every range with its minimum (small n only)."""
    best = 0
    for i in range(len(heights)):
        low = heights[i]
        for j in range(i, len(heights)):
            low = min(low, heights[j])
            best = max(best, low * (j - i + 1))
    return best


def build(ex, rng):
    def case(name, heights):
        assert 1 <= len(heights) <= MAX_N and all(0 <= h <= B for h in heights)
        return ex.case(name, heights)

    samples = [
        case("sample-1", [2, 4, 3, 5, 1]),
        case("sample-2", [6, 6, 6]),
        case("sample-3", [0, 3, 0]),
    ]
    hidden = [
        case("single-bar", [5]),
        case("single-zero", [0]),
        case("all-zeros", [0] * 10),
        case("two-bars", [1, 1]),
        case("increasing", [1, 2, 3, 4, 5]),
        case("decreasing", [5, 4, 3, 2, 1]),
        case("valley", [5, 5, 1, 5, 5]),
        case("low-and-wide-wins", [3, 1, 3, 2, 2, 2, 2, 1, 3]),
        case("zeros-split", [4, 4, 0, 3, 3, 3, 0, 5]),
        case("tall-spike", [1, 1, 1, 1, 100, 1, 1]),
        case("plateaus", [2, 2, 3, 3, 2, 2, 1, 4, 4]),
        case("max-height-single", [B]),
        case("max-height-wide", [B] * 1000),
        case("random-small", [rng.randint(0, 10) for _ in range(50)]),
        case("random-wide-values", [rng.randint(0, B) for _ in range(3000)]),
        case("pyramid", list(range(1, 5001)) + list(range(5000, 0, -1))),
        # Large cases: equal bars and sorted bars make every naive expansion span everything.
        case("max-n-all-equal", [7] * MAX_N),
        case("max-n-random", [rng.randint(0, 99) for _ in range(MAX_N)]),
        case("large-strictly-increasing", list(range(1, 30001))),
        case("large-strictly-decreasing", list(range(30000, 0, -1))),
        case("tall-and-wide", [B] * 5000 + [B - 1] * 5000),
    ]
    return samples, hidden


def small(rng):
    n = rng.randint(1, 10)
    bound = rng.choice([0, 1, 3, 10, B])
    return [rng.randint(0, bound) for _ in range(n)]


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
