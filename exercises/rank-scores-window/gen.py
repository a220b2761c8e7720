#!/usr/bin/env python3
"""Seeded generator for rank-scores-window (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4108


def rows(scores, ids=None):
    """scores: list of numbers (written with two decimals) or None."""
    if not scores:
        return "-- no scores\n"
    ids = ids or list(range(1, len(scores) + 1))
    values = ",\n".join(f"({i}, {'NULL' if s is None else f'{s:.2f}'})" for i, s in zip(ids, scores))
    return f"INSERT INTO scores (id, score) VALUES\n{values};\n"


def random_case(rng, n, distinct, null_rate, low=0, high=10):
    pool = sorted({round(rng.uniform(low, high), 2) for _ in range(distinct)})
    scores = [None if rng.random() < null_rate else rng.choice(pool) for _ in range(n)]
    return rows(scores, rng.sample(range(1, 3 * n + 1), n))


SAMPLES = [("example", rows([3.50, 3.65, 4.00, 3.85, 4.00, None, 3.65]))]


def hidden(rng):
    return [
        ("empty-table", rows([])),
        ("one-score", rows([2.5])),
        ("only-nulls", rows([None, None])),
        ("all-tied", rows([1.25] * 5)),
        ("all-distinct", rows([1.0, 5.0, 3.0, 2.0, 4.0])),
        ("tie-at-the-top", rows([9.0, 9.0, 9.0, 8.5, 7.0])),
        ("ties-then-gap", rows([5.0, 5.0, 4.0, 4.0, 4.0, 3.0, 2.0, 2.0])),
        ("nulls-among-ties", rows([None, 6.0, 6.0, None, 5.5, 5.5, None])),
        ("zero-and-negative", rows([0.0, -1.5, 0.0, 2.25, -1.5, -0.01])),
        ("close-values", rows([3.01, 3.0, 3.01, 2.99, 3.0])),
        ("random-small", random_case(rng, 20, 6, 0.1)),
        ("random-many-ties", random_case(rng, 400, 12, 0.05)),
        ("random-wide", random_case(rng, 800, 600, 0.02, -100, 100)),
    ]


def small(rng):
    return random_case(rng, rng.randint(0, 8), rng.randint(1, 4), 0.2)


if __name__ == "__main__":
    genlib.SqlExercise(__file__).main(SAMPLES, hidden, SEED, stress=small,
                                      brute="submissions/accepted/count_distinct_higher.sql")
