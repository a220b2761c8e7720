#!/usr/bin/env python3
"""Seeded generator for the meeting-rooms-ii tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240716
MAX_N = 5 * 10**4
T = 10**9


def render(meetings):
    assert 0 <= len(meetings) <= MAX_N
    assert all(0 <= s < e <= T for s, e in meetings)
    return "".join([f"{len(meetings)}\n"] + [f"{s} {e}\n" for s, e in meetings])


SAMPLES = [
    render([(9, 12), (10, 11), (11, 13), (13, 15)]),
    render([(1, 5), (5, 8), (8, 10)]),
    render([(0, 100), (10, 20), (15, 30), (25, 60)]),
]


def random_meetings(rng, n, horizon, max_len):
    out = []
    for _ in range(n):
        s = rng.randint(0, horizon - 1)
        out.append((s, min(horizon, s + rng.randint(1, max_len))))
    return out


def hidden_cases(rng):
    cases = [
        ("no-meetings", render([])),
        ("single-meeting", render([(0, T)])),
        ("two-disjoint", render([(5, 6), (1, 2)])),
        ("two-touching", render([(3, 7), (0, 3)])),
        ("two-overlapping", render([(0, 5), (4, 9)])),
        ("identical-meetings", render([(10, 20)] * 6)),
        ("nested", render([(0, 100), (10, 90), (20, 80), (30, 70)])),
        ("one-long-many-short", render([(0, 10), (1, 2), (3, 4), (5, 6), (7, 8)])),
        ("touching-chain-unsorted", render([(4, 5), (0, 1), (2, 3), (1, 2), (3, 4)])),
        ("late-room-frees-early", render([(5, 6), (0, 4), (1, 7), (4, 9)])),
        ("full-range", render([(0, T), (T - 1, T), (0, 1), (1, T - 1)])),
        ("same-start-different-ends", render([(0, 1), (0, 2), (0, 3), (1, 2), (2, 3)])),
        ("random-small", render(random_meetings(rng, 20, 50, 10))),
        ("random-wide", render(random_meetings(rng, 2000, T, 10**7))),
    ]
    # Large cases.
    m = random_meetings(rng, MAX_N, 10**4, 300)
    cases.append(("max-n-random", render(m)))
    chain = [(k, k + 1) for k in range(20000)]
    rng.shuffle(chain)
    cases.append(("long-touching-chain", render(chain)))
    n = 30000
    nested = [(k, 2 * n - k) for k in range(n)]
    rng.shuffle(nested)
    cases.append(("all-overlapping", render(nested)))
    return cases


def small_case(rng):
    n = rng.randint(0, 8)
    horizon = rng.choice([3, 10, T])
    return render(random_meetings(rng, n, horizon, rng.choice([1, 3, horizon])))


if __name__ == "__main__":
    genlib.StdioExercise(__file__).main(SAMPLES, hidden_cases, SEED, stress=small_case,
                                        brute="submissions/time_limit_exceeded/scan_rooms.py")
