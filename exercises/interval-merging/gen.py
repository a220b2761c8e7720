#!/usr/bin/env python3
"""Seeded generator for interval-merging (see tools/gen/genlib.py for the command line)."""
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 8086

SAMPLES = [
    "4\n1 3\n8 10\n2 6\n15 18\n",
    "5\n6 8\n3 5\n1 3\n-4 -2\n-1 0\n",
    "3\n1 10\n2 3\n4 5\n",
]

LIMIT = 10**9

Interval = tuple[int, int]


def render(intervals: list[Interval]) -> str:
    lines = [str(len(intervals))] + [f"{l} {r}" for l, r in intervals]
    return "\n".join(lines) + "\n"


def random_intervals(rng: random.Random, n: int, lo: int, hi: int, max_len: int) -> list[Interval]:
    out = []
    for _ in range(n):
        l = rng.randint(lo, hi)
        out.append((l, min(hi, l + rng.randint(0, max_len))))
    return out


def shuffled(rng: random.Random, intervals: list[Interval]) -> list[Interval]:
    intervals = list(intervals)
    rng.shuffle(intervals)
    return intervals


def hidden_cases(rng: random.Random) -> list[str]:
    cases = []
    # 01-02: a single interval; a single point at the lowest coordinate
    cases.append(render([(5, 9)]))
    cases.append(render([(-LIMIT, -LIMIT)]))
    # 03: two intervals touching at an endpoint, given in reverse order
    cases.append(render([(3, 5), (1, 3)]))
    # 04: a gap of one between integer ends: nothing merges
    cases.append(render([(3, 4), (1, 2), (-2, 0)]))
    # 05: intervals inside an earlier, longer one
    cases.append(render([(1, 10), (2, 3), (5, 7), (12, 14), (13, 13)]))
    # 06: duplicates
    cases.append(render([(4, 6)] * 5 + [(-3, -1)] * 3))
    # 07: points only, with repeats, some touching longer intervals
    cases.append(render(shuffled(rng, [(p, p) for p in (0, 0, 2, 5, 5, 7, -1)] + [(5, 6), (8, 9)])))
    # 08: the full coordinate range swallows everything
    cases.append(render(shuffled(rng, [(-LIMIT, LIMIT)] + random_intervals(rng, 50, -LIMIT, LIMIT,
                                                                           10**8))))
    # 09: small random, negatives
    cases.append(render(random_intervals(rng, 30, -50, 50, 6)))
    # 10: a chain of intervals each touching the next, shuffled: one block
    cases.append(render(shuffled(rng, [(3 * i, 3 * i + 3) for i in range(-500, 500)])))
    # 11: nested intervals, shuffled
    cases.append(render(shuffled(rng, [(-i * 1000, i * 1000 + 7) for i in range(2000)])))
    # 12: medium random at the coordinate extremes
    cases.append(render(random_intervals(rng, 2000, -LIMIT, LIMIT, 2 * 10**6)))
    # 13: mixed: long intervals with short ones inside and between them
    intervals = random_intervals(rng, 300, -10**6, 10**6, 20000)
    intervals += random_intervals(rng, 5000, -10**6, 10**6, 30)
    cases.append(render(shuffled(rng, intervals)))
    # 14: maximum n on a small range: heavy overlap, many repeats
    cases.append(render(random_intervals(rng, 200000, -50, 50, 3)))
    # 15: many disjoint intervals, shuffled: merging pairs compares all of them
    n = 60000
    starts = sorted(rng.sample(range(0, 20 * n, 4), n))
    cases.append(render(shuffled(rng, [(s, s + rng.randint(0, 2)) for s in starts])))
    # 16: many intervals that only touch, shuffled: one block
    n = 50000
    cases.append(render(shuffled(rng, [(2 * i, 2 * i + 2) for i in range(n)])))
    # 17: random, large coordinates, mixed gaps and overlaps
    cases.append(render(random_intervals(rng, 20000, -LIMIT, LIMIT, 10**5)))
    return cases


def small_case(rng: random.Random) -> str:
    n = rng.randint(1, 12)
    span = rng.choice([3, 10, 30])
    return render(random_intervals(rng, n, -span, span, rng.choice([0, 2, 8])))


if __name__ == "__main__":
    genlib.StdioExercise(__file__).main(SAMPLES, hidden_cases, SEED, stress=small_case,
                                        brute="submissions/time_limit_exceeded/brute.py")
