#!/usr/bin/env python3
"""Seeded generator for second-highest-salary (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 8080
NAMES = ["Ada", "Brian", "Chen", "Dana", "Eve", "Farid", "Gia", "Hugo", "Ines", "Jon"]


def rows(salaries):
    if not salaries:
        return "-- no employees\n"
    values = ",\n".join(f"({i}, '{NAMES[(i - 1) % len(NAMES)]}{(i - 1) // len(NAMES) or ''}', {s})"
                        for i, s in enumerate(salaries, 1))
    return f"INSERT INTO employee (id, name, salary) VALUES\n{values};\n"


SAMPLES = [("example", rows([300, 200, 300, 100]))]


def hidden(rng):
    return [
        ("empty-table", rows([])),
        ("one-employee", rows([5000])),
        ("all-equal", rows([700, 700, 700])),
        ("two-distinct", rows([10, 20])),
        ("top-repeated", rows([90, 90, 90, 80, 80, 10])),
        ("second-repeated", rows([50, 40, 40, 40])),
        ("zero-salary", rows([0, 1])),
        ("max-values", rows([10**9, 10**9 - 1, 10**9])),
        ("random-wide", rows([rng.randint(0, 10**9) for _ in range(500)])),
        ("random-few-values", rows([rng.choice([100, 200, 300]) for _ in range(300)])),
        ("large", rows([rng.randint(0, 10**6) for _ in range(10000)])),
    ]


def small(rng):
    return rows([rng.randint(0, 4) for _ in range(rng.randint(0, 6))])


if __name__ == "__main__":
    genlib.SqlExercise(__file__).main(SAMPLES, hidden, SEED, stress=small,
                                      brute="submissions/accepted/dense_rank.sql")
