#!/usr/bin/env python3
"""Seeded generator for running-totals (see tools/gen/genlib.py for the command line)."""
import datetime
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4104


def rows(txs, order=None):
    """txs: [(id, account_id, 'YYYY-MM-DD', amount)], inserted in the order given (or `order`)."""
    if not txs:
        return "-- no transactions\n"
    values = ",\n".join(f"({i}, {a}, '{d}', {m})" for i, a, d, m in txs)
    return f"INSERT INTO transactions (id, account_id, tx_date, amount) VALUES\n{values};\n"


def day(offset, start=datetime.date(2024, 1, 1)):
    return (start + datetime.timedelta(days=offset)).isoformat()


def random_case(rng, n, accounts, days, id_space=3):
    ids = rng.sample(range(1, id_space * n + 1), n)
    txs = []
    for i in ids:
        r = rng.random()
        amount = 0 if r < 0.05 else rng.randint(-10**6, 10**6) if r < 0.15 \
            else rng.choice([1, 1, -1]) * rng.randint(1, 500)
        txs.append((i, rng.randint(1, accounts) * 100, day(rng.randint(0, days - 1)), amount))
    rng.shuffle(txs)  # the table's row order means nothing
    return rows(txs)


SAMPLES = [("example", rows([
    (3, 7, "2024-03-01", 100),
    (1, 9, "2024-03-01", 50),
    (2, 7, "2024-03-02", -30),
    (6, 7, "2024-03-02", 45),
    (4, 9, "2024-03-03", -20),
    (5, 7, "2024-02-28", 500),
]))]


def hidden(rng):
    return [
        ("empty-table", rows([])),
        ("one-transaction", rows([(42, 1, "2024-05-05", -15)])),
        ("same-day-one-account", rows([(9, 1, "2024-01-10", 10), (3, 1, "2024-01-10", 20),
                                       (5, 1, "2024-01-10", -5), (1, 1, "2024-01-09", 1)])),
        ("same-day-different-accounts", rows([(2, 2, "2024-01-10", 10), (1, 1, "2024-01-10", 20),
                                              (4, 1, "2024-01-10", 7), (3, 2, "2024-01-10", 5)])),
        ("back-dated-ids", rows([(1, 5, "2024-06-30", 100), (2, 5, "2024-06-01", 1000),
                                 (3, 5, "2024-06-15", -250), (4, 5, "2024-05-31", 1)])),
        ("year-boundary", rows([(1, 1, "2024-01-01", 5), (2, 1, "2023-12-31", 7), (3, 1, "2023-02-01", 11)])),
        ("overdrawn-and-zero", rows([(1, 3, "2024-02-01", -100), (2, 3, "2024-02-02", 0),
                                     (3, 3, "2024-02-02", 100), (4, 3, "2024-02-03", 0)])),
        ("large-amounts", rows([(1, 1, "2024-01-01", 4 * 10**12), (2, 1, "2024-01-01", 5 * 10**12),
                                (3, 2, "2024-01-02", -(10**15)), (4, 1, "2024-01-03", -(10**12))])),
        ("many-accounts-one-each", rows([(k, 1000 - k, day(k % 3), k * 11) for k in range(1, 16)])),
        ("random-small", random_case(rng, 25, 3, 6)),
        ("random-many-ties", random_case(rng, 200, 4, 5)),
        ("random-spread", random_case(rng, 500, 20, 400)),
    ]


def small(rng):
    return random_case(rng, rng.randint(0, 9), rng.randint(1, 3), rng.randint(1, 4))


if __name__ == "__main__":
    genlib.SqlExercise(__file__).main(SAMPLES, hidden, SEED, stress=small,
                                      brute="submissions/accepted/correlated_sum.sql")
