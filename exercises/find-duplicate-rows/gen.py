#!/usr/bin/env python3
"""Seeded generator for find-duplicate-rows (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4102
USERS = ["ann", "bo", "cy", "dara", "eli", "fay", "gus", "hal", "ida", "jo", "kai", "lou"]
DOMAINS = ["x.io", "mail.com", "corp.example"]


def sql_value(v):
    if v is None:
        return "NULL"
    return "'" + v.replace("'", "''") + "'"


def rows(emails, ids=None):
    """emails: list of str or None, given ids 1.. unless `ids` says otherwise."""
    if not emails:
        return "-- no people\n"
    ids = ids or list(range(1, len(emails) + 1))
    values = ",\n".join(f"({i}, {sql_value(e)})" for i, e in zip(ids, emails))
    return f"INSERT INTO person (id, email) VALUES\n{values};\n"


def spell(rng, email):
    """The same email as someone might have typed it: random case, stray spaces around it."""
    out = "".join(c.upper() if c.isalpha() and rng.random() < 0.3 else c for c in email)
    if rng.random() < 0.3:
        out = " " * rng.randint(1, 2) + out
    if rng.random() < 0.3:
        out = out + " " * rng.randint(1, 3)
    return out


def random_case(rng, n, pool_size, null_rate, variants=True):
    pool = [f"{rng.choice(USERS)}{rng.randint(1, 999)}@{rng.choice(DOMAINS)}" for _ in range(pool_size)]
    emails = []
    for _ in range(n):
        if rng.random() < null_rate:
            emails.append(None)
        else:
            e = rng.choice(pool)
            emails.append(spell(rng, e) if variants else e)
    ids = rng.sample(range(1, 4 * n + 1), n)
    return rows(emails, ids)


SAMPLES = [("example", rows(["ann@x.io", "bo@mail.com", " Ann@X.io", None, "cy@x.io", "bo@mail.com"]))]


def hidden(rng):
    return [
        ("empty-table", rows([])),
        ("one-person", rows(["solo@x.io"])),
        ("no-duplicates", rows(["a@x.io", "b@x.io", "ab@x.io", "a@x.com", "x.io@a"])),
        ("exact-copies", rows(["ann@x.io", "bo@x.io", "ann@x.io"])),
        ("case-only", rows(["Ann@X.io", "ANN@X.IO", "bo@x.io"])),
        ("spaces-only", rows(["  cy@x.io", "cy@x.io ", "dara@x.io"])),
        ("no-normalised-spelling-stored", rows([" Eli@Mail.com", "ELI@mail.com  ", "fay@x.io"])),
        ("three-copies", rows(["gus@x.io", "GUS@x.io", " gus@x.io", "hal@x.io", "hal@x.io"])),
        ("one-email-many-times", rows(["ida@corp.example"] * 25 + ["jo@corp.example"])),
        ("two-nulls-no-duplicates", rows([None, "kai@x.io", None, "lou@x.io"])),
        ("nulls-and-duplicates", rows([None, "kai@x.io", None, "KAI@x.io", None, "lou@x.io"])),
        ("only-nulls", rows([None, None, None])),
        ("sparse-ids", rows(["z@x.io", "y@x.io", " Z@x.io"], ids=[900, 3, 77])),
        ("random-small", random_case(rng, 40, 25, 0.1)),
        ("random-exact-only", random_case(rng, 300, 200, 0.05, variants=False)),
        ("random-large", random_case(rng, 1500, 800, 0.05)),
    ]


def small(rng):
    return random_case(rng, rng.randint(0, 8), rng.randint(1, 4), 0.25)


if __name__ == "__main__":
    genlib.SqlExercise(__file__).main(SAMPLES, hidden, SEED, stress=small,
                                      brute="submissions/accepted/count_column.sql")
