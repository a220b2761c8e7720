#!/usr/bin/env python3
"""Seeded generator for the koko-eating-bananas tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 8080
B = 10**9


def check(piles, h):
    assert 1 <= len(piles) <= 10**4
    assert all(1 <= p <= B for p in piles)
    assert len(piles) <= h <= B


def brute(piles, h):
    """Independent check for small cases: try every speed from 1 upwards."""
    k = 1
    while sum(-(-p // k) for p in piles) > h:
        k += 1
    return k


def build(ex, rng):
    def case(name, piles, h):
        check(piles, h)
        return ex.case(name, piles, h)

    samples = [
        case("sample-1", [4, 9, 7], 6),
        case("sample-2", [30, 11, 23, 4, 20], 5),
        case("sample-3", [12], 5),
    ]
    hidden = [
        case("single-one", [1], 1),
        case("single-max-one-hour", [B], 1),
        case("single-max-all-hours", [B], B),
        case("single-max-one-hour-short", [B], B - 1),
        case("hours-equal-piles", [3, 6, 7, 11], 4),
        case("plenty-of-hours", [3, 6, 7, 11], 27),
        case("one-hour-short-of-plenty", [3, 6, 7, 11], 26),
        case("all-equal", [8] * 6, 12),
        case("exact-multiples", [10, 20, 30], 6),
        case("leftovers-matter", [5, 5, 5, 5], 8),
        case("one-huge-many-small", [B] + [1] * 9, 10),
        case("answer-above-million", [B, B - 7, 999999999], 300),
    ]
    for k in range(4):
        n = rng.randint(1, 8)
        piles = [rng.randint(1, 30) for _ in range(n)]
        hidden.append(case(f"random-small-{k}", piles, rng.randint(n, 3 * n + 10)))
    for k in range(2):
        n = rng.randint(100, 1000)
        piles = [rng.randint(1, B) for _ in range(n)]
        hidden.append(case(f"random-medium-{k}", piles, rng.randint(n, 5 * n)))
    n = 10**4
    piles = [rng.randint(1, B) for _ in range(n)]
    hidden.append(case("max-n-tight-hours", piles, n + 17))
    hidden.append(case("max-n-loose-hours", piles, B))
    # One pile dominates: the average speed is ~10^5 but the answer is ~10^9, so counting
    # speeds upwards from the average takes ~10^9 steps.
    hidden.append(case("max-n-one-dominant-pile", [B] + [1] * (n - 1), n))
    hidden.append(case("max-n-all-max", [B] * n, 3 * n))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 6)
    piles = [rng.randint(1, 40) for _ in range(n)]
    return piles, rng.randint(n, 4 * n + 5)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
