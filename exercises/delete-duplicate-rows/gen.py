#!/usr/bin/env python3
"""Seeded generator for delete-duplicate-rows (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4107
USERS = ["ann", "bo", "cy", "dara", "eli", "fay", "gus", "hal"]
DOMAINS = ["x.io", "mail.com"]


def rows(people):
    """people: [(id, email)] in the order they are inserted; or a list of emails (ids 1..)."""
    if people and isinstance(people[0], str):
        people = list(enumerate(people, 1))
    if not people:
        return "-- no people\n"
    values = ",\n".join(f"({i}, '{e}')" for i, e in people)
    return f"INSERT INTO person (id, email) VALUES\n{values};\n"


def variant(rng, email):
    r = rng.random()
    if r < 0.1:
        return email.capitalize()
    if r < 0.15:
        return email + " "
    return email


def random_case(rng, n, pool_size, id_space=4):
    pool = [f"{rng.choice(USERS)}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}" for _ in range(pool_size)]
    ids = rng.sample(range(1, id_space * n + 1), n)
    people = [(i, variant(rng, rng.choice(pool))) for i in ids]
    return rows(people)


SAMPLES = [("example", rows([
    (1, "ann@x.io"), (2, "bo@mail.com"), (3, "ann@x.io"), (4, "Ann@x.io"), (5, "bo@mail.com"), (6, "ann@x.io"),
]))]


def hidden(rng):
    return [
        ("empty-table", rows([])),
        ("one-row", rows(["solo@x.io"])),
        ("no-duplicates", rows(["a@x.io", "b@x.io", "c@x.io"])),
        ("two-copies", rows(["a@x.io", "a@x.io"])),
        ("all-the-same", rows(["same@x.io"] * 12)),
        ("case-is-significant", rows(["Bo@x.io", "bo@x.io", "BO@X.IO", "bo@x.io"])),
        ("spaces-are-significant", rows(["cy@x.io", "cy@x.io ", " cy@x.io", "cy@x.io "])),
        ("smallest-id-inserted-last", rows([(50, "d@x.io"), (20, "d@x.io"), (7, "d@x.io"), (9, "e@x.io")])),
        ("interleaved", rows(["a@x.io", "b@x.io", "a@x.io", "c@x.io", "b@x.io", "a@x.io", "c@x.io"])),
        ("sparse-ids", rows([(1000000, "f@x.io"), (3, "g@x.io"), (999, "f@x.io"), (4, "g@x.io")])),
        ("random-small", random_case(rng, 30, 10)),
        ("random-medium", random_case(rng, 300, 150)),
        ("random-large", random_case(rng, 1200, 400)),
    ]


def small(rng):
    return random_case(rng, rng.randint(0, 8), rng.randint(1, 4))


if __name__ == "__main__":
    genlib.SqlExercise(__file__).main(SAMPLES, hidden, SEED, stress=small,
                                      brute="submissions/accepted/exists_smaller_id.sql")
