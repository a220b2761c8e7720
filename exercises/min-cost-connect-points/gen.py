#!/usr/bin/env python3
"""Seeded generator for min-cost-connect-points (see tools/gen/genlib.py)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 60221
B = 10**6
MAX_N = 1000


def check(points):
    assert 1 <= len(points) <= MAX_N
    assert len({tuple(p) for p in points}) == len(points)
    assert all(-B <= x <= B and -B <= y <= B for x, y in points)


def distinct_points(rng, n, lo, hi):
    seen = set()
    out = []
    while len(out) < n:
        p = (rng.randint(lo, hi), rng.randint(lo, hi))
        if p not in seen:
            seen.add(p)
            out.append(list(p))
    return out


def clusters(rng, n, k, spread):
    """n points in k tight clusters whose centres are far apart."""
    centres = distinct_points(rng, k, -B + spread, B - spread)
    seen = set()
    out = []
    while len(out) < n:
        cx, cy = rng.choice(centres)
        p = (cx + rng.randint(-spread, spread), cy + rng.randint(-spread, spread))
        if p not in seen:
            seen.add(p)
            out.append(list(p))
    return out


def build(ex, rng):
    def case(name, points):
        check(points)
        return ex.case(name, points)

    samples = [
        case("sample-1", [[0, 0], [1, 5], [4, 1], [6, 6]]),
        case("sample-2", [[5, 5]]),
        case("sample-3", [[-B, -B], [B, B]]),
    ]
    hidden = [
        case("single-point-corner", [[-B, B]]),
        case("two-points-close", [[0, 0], [0, 1]]),
        case("opposite-corners-and-centre", [[-B, -B], [B, B], [0, 0], [B, -B], [-B, B]]),
        case("collinear-unsorted", [[7, 3], [-2, 3], [10, 3], [0, 3], [4, 3]]),
        case("unit-square", [[0, 0], [0, 1], [1, 0], [1, 1]]),
        case("cheap-triangle-far-point", [[0, 0], [1, 0], [0, 1], [1, 1], [900000, 900000]]),
        case("ties-everywhere", [[x, y] for x in range(0, 12, 3) for y in range(0, 12, 3)]),
        case("diagonal-staircase", [[i, i] for i in range(10)] + [[i + 1, i] for i in range(10)]),
        case("far-apart-pair-of-pairs", [[-B, 0], [-B + 1, 0], [B, 0], [B, 1]]),
    ]
    for k in range(4):
        hidden.append(case(f"random-small-{k}", distinct_points(rng, rng.randint(3, 12), -20, 20)))
    hidden.append(case("random-medium", distinct_points(rng, 200, -B, B)))
    hidden.append(case("clusters-medium", clusters(rng, 300, 6, 50)))
    hidden.append(case("max-random-full-range", distinct_points(rng, MAX_N, -B, B)))
    hidden.append(case("max-clusters-far-apart", clusters(rng, MAX_N, 4, 1000)))
    hidden.append(case("max-dense-small-box", distinct_points(rng, MAX_N, -40, 40)))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 8)
    if rng.random() < 0.3:
        return (distinct_points(rng, n, -B, B),)
    return (distinct_points(rng, n, -5, 5),)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/prim_rescan_all_pairs.py")
