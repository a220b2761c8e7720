#!/usr/bin/env python3
"""Seeded generator for dedupe-events-window (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240901
T_MAX = 10**9


def stream(rng, n, keys, t_max, max_gap=None):
    """n events over the given keys with non-decreasing timestamps in [0, t_max]."""
    if max_gap is None:
        ts = sorted(rng.randint(0, t_max) for _ in range(n))
    else:
        ts, t = [], min(t_max, rng.randint(0, max_gap))
        for _ in range(n):
            ts.append(t)
            t = min(t_max, t + rng.randint(0, max_gap))
    return [[t, rng.choice(keys)] for t in ts]


def build(ex, rng):
    samples = [
        ex.case("sample-1", [[0, "a"], [3, "a"], [5, "b"], [10, "a"], [12, "a"], [14, "b"]], 10),
        ex.case("sample-2", [[0, "x"], [4, "x"], [8, "x"], [12, "x"]], 5),
        ex.case("sample-3", [[7, "a"], [7, "a"], [7, "b"]], 0),
    ]
    hidden = [
        ex.case("no-events", [], 10),
        ex.case("single-event", [[5, "user:1:login"]], 100),
        ex.case("first-events-near-zero", [[0, "x"], [0, "x"], [2, "x"], [3, "y"], [6, "x"]], 3),
        ex.case("same-timestamp-repeats", [[4, "k"], [4, "k"], [4, "j"], [4, "k"], [5, "k"]], 1),
        ex.case("exact-boundary-kept", [[1, "a"], [11, "a"], [21, "a"], [30, "a"], [31, "a"]], 10),
        ex.case("window-zero-keeps-all", [[0, "a"], [0, "a"], [1, "a"], [1, "b"], [1, "a"]], 0),
        ex.case("window-one", [[0, "a"], [0, "a"], [1, "a"], [1, "a"], [3, "a"]], 1),
        ex.case("steady-stream-kept-not-seen", [[t, "job"] for t in range(0, 60, 4)], 10),
        ex.case("max-timestamps", [[0, "a"], [1, "a"], [T_MAX - 1, "a"], [T_MAX, "a"], [T_MAX, "b"]], T_MAX),
        ex.case("huge-window-keeps-first-only", [[0, "a"], [5, "b"], [T_MAX - 1, "a"], [T_MAX, "b"]], T_MAX),
        ex.case("late-start", [[10**8, "a"], [10**8 + 3, "a"], [10**8 + 7, "a"]], 7),
        ex.case("keys-differ-by-case", [[1, "Key"], [1, "key"], [2, "KEY"], [3, "key"]], 5),
    ]
    for k in range(4):
        keys = [f"u{i}" for i in range(rng.randint(1, 6))]
        window = rng.choice([1, 2, 5, 10])
        hidden.append(ex.case(f"random-small-{k}", stream(rng, rng.randint(5, 40), keys, 60, max_gap=3), window))
    keys = [f"user:{i}:click" for i in range(300)]
    hidden.append(ex.case("random-medium", stream(rng, 3000, keys, 10**6, max_gap=40), 2000))
    # Large: every key distinct inside one huge window, so a look-back scan is quadratic.
    n = 20000
    hidden.append(ex.case("large-distinct-keys", [[i // 3, f"k{i}"] for i in range(n)], T_MAX))
    keys = [f"s{i}" for i in range(3000)]
    hidden.append(ex.case("large-many-keys", stream(rng, 8000, keys, 10**5), 50000))
    hidden.append(ex.case("large-periodic", [[3 * i, "hb"] for i in range(8000)], 10))
    return samples, hidden


def small(rng):
    keys = ["a", "b", "c"][:rng.randint(1, 3)]
    n = rng.randint(0, 12)
    window = rng.choice([0, 1, 2, 3, 5, 10**9])
    return stream(rng, n, keys, rng.choice([0, 5, 20]), max_gap=rng.choice([0, 1, 3])), window


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/scan_back.py")
