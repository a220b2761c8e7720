#!/usr/bin/env python3
"""Seeded generator for employees-earning-more-than-managers (see tools/gen/genlib.py)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4106
NAMES = ["Aiko", "Bruno", "Carla", "Deshawn", "Elif", "Frank", "Giulia", "Hamid", "Irene", "Jakob",
         "Kemal", "Lucia", "Mateo", "Noor", "Olga", "Pavel", "Rania", "Stefan", "Tomas", "Uma"]


def rows(staff):
    """staff: [(id, name, salary, manager_id or None)]."""
    if not staff:
        return "-- no employees\n"
    values = ",\n".join(f"({i}, '{n}', {s}, {'NULL' if m is None else m})" for i, n, s, m in staff)
    return f"INSERT INTO employee (id, name, salary, manager_id) VALUES\n{values};\n"


def named(entries):
    """entries: [(id, salary, manager_id)] -> rows with names taken in order."""
    return [(i, NAMES[(i - 1) % len(NAMES)], s, m) for i, s, m in entries]


def random_case(rng, n, bosses, salary_range):
    ids = rng.sample(range(1, 5 * n + 1), n)
    staff = []
    for k, i in enumerate(ids):
        manager = None if k < bosses else rng.choice(ids[:k])
        staff.append((i, rng.choice(NAMES), rng.choice(salary_range), manager))
    rng.shuffle(staff)
    return rows(staff)


SAMPLES = [("example", rows([
    (1, "Aiko", 9000, None),
    (2, "Bruno", 6000, 1),
    (3, "Carla", 9500, 1),
    (4, "Deshawn", 6500, 2),
    (5, "Elif", 6000, 2),
]))]


def hidden(rng):
    return [
        ("empty-table", rows([])),
        ("only-the-boss", rows(named([(1, 100, None)]))),
        ("nobody-has-a-manager", rows(named([(1, 100, None), (2, 200, None), (3, 50, None)]))),
        ("equal-to-manager", rows(named([(1, 500, None), (2, 500, 1), (3, 501, 1)]))),
        ("more-than-grand-manager-only", rows(named([(1, 300, None), (2, 500, 1), (3, 400, 2)]))),
        ("chain-each-earns-more", rows(named([(1, 10, None), (2, 20, 1), (3, 30, 2), (4, 40, 3)]))),
        ("manager-with-many-reports", rows(named([(1, 1000, None)] + [(k, 900 + 50 * (k % 5), 1)
                                                                      for k in range(2, 12)]))),
        ("manager-listed-after-report", rows(named([(1, 800, 7), (2, 100, 7), (7, 700, None)]))),
        ("boss-earns-less-than-reports", rows(named([(5, 1, None), (6, 2, 5), (7, 3, 5), (8, 0, 6)]))),
        ("shared-names", rows([(1, "Noor", 100, None), (2, "Noor", 200, 1), (3, "Noor", 150, 2)])),
        ("two-teams", rows(named([(1, 700, None), (2, 300, None), (3, 500, 1), (4, 800, 1),
                                  (5, 400, 2), (6, 200, 2)]))),
        ("random-small", random_case(rng, 20, 2, range(1, 6))),
        ("random-medium", random_case(rng, 200, 5, range(1000, 1100, 10))),
        ("random-large", random_case(rng, 1500, 10, range(30000, 90000, 500))),
    ]


def small(rng):
    n = rng.randint(0, 7)
    return random_case(rng, n, min(n, rng.randint(1, 2)), range(1, 4))


if __name__ == "__main__":
    genlib.SqlExercise(__file__).main(SAMPLES, hidden, SEED, stress=small,
                                      brute="submissions/accepted/correlated_subquery.sql")
