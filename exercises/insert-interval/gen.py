#!/usr/bin/env python3
"""Seeded generator for the insert-interval tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 1066
B = 10**9


def check(intervals, new):
    assert 0 <= len(intervals) <= 10**4
    for s, e in intervals + [new]:
        assert -B <= s <= e <= B
    assert all(intervals[i][1] < intervals[i + 1][0] for i in range(len(intervals) - 1))


def brute(intervals, new):
    """Independent check: mark the covered points on a doubled integer line (small values)."""
    points = set()
    for s, e in intervals + [new]:
        points.update(range(2 * s, 2 * e + 1))
    out = []
    for p in sorted(points):
        if out and p == out[-1][1] + 1:
            out[-1][1] = p
        else:
            out.append([p, p])
    return [[s // 2, e // 2] for s, e in out]


def disjoint(rng, n, lo, hi_gap, hi_len):
    out = []
    cur = lo
    for _ in range(n):
        s = cur + rng.randint(1, hi_gap)
        e = s + rng.randint(0, hi_len)
        out.append([s, e])
        cur = e
    return out


def build(ex, rng):
    def case(name, intervals, new):
        check(intervals, new)
        return ex.case(name, intervals, new)

    samples = [
        case("sample-1", [[1, 3], [6, 9]], [2, 5]),
        case("sample-2", [[1, 2], [4, 5], [7, 8], [10, 12]], [5, 7]),
        case("sample-3", [], [4, 4]),
    ]
    hidden = [
        case("empty-list-negative", [], [-B, B]),
        case("goes-first", [[5, 7], [9, 10]], [1, 2]),
        case("goes-last", [[1, 2], [4, 5]], [8, 9]),
        case("goes-between", [[1, 2], [8, 9]], [4, 5]),
        case("touches-end-of-previous", [[1, 3], [8, 9]], [3, 5]),
        case("touches-start-of-next", [[1, 2], [6, 9]], [4, 6]),
        case("touches-both", [[1, 3], [6, 9]], [3, 6]),
        case("adjacent-integers-do-not-merge", [[1, 2], [6, 7]], [3, 5]),
        case("covers-everything", [[1, 2], [4, 5], [7, 9]], [0, 10]),
        case("inside-one", [[1, 10]], [3, 4]),
        case("spans-several", [[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8]),
        case("point-interval-on-boundary", [[1, 1], [3, 3]], [1, 1]),
        case("point-touching-last", [[1, 2], [5, 7]], [7, 7]),
        case("extremes", [[-B, -B], [0, 0], [B, B]], [-B, 0]),
        case("extremes-merge-all", [[-B, -5], [5, B]], [-5, 5]),
        case("new-at-end-overlapping-last", [[1, 2], [4, 6]], [5, 9]),
    ]
    for k in range(6):
        intervals = disjoint(rng, rng.randint(0, 8), -20, 4, 3)
        s = rng.randint(-22, 30)
        hidden.append(case(f"random-small-{k}", intervals, [s, s + rng.randint(0, 8)]))
    intervals = disjoint(rng, 10**4, -350000, 60, 40)
    hidden.append(case("max-n-merge-middle", intervals, [intervals[3000][1], intervals[7000][0]]))
    hidden.append(case("max-n-append-at-end", intervals, [B - 1, B]))
    few = intervals[:2000]
    hidden.append(case("many-touch-last-only", few, [few[-1][1], few[-1][1] + 5]))
    return samples, hidden


def small(rng):
    intervals = disjoint(rng, rng.randint(0, 5), -8, 3, 3)
    s = rng.randint(-9, 12)
    return intervals, [s, s + rng.randint(0, 5)]


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
