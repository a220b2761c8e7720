#!/usr/bin/env python3
"""Seeded generator for customers-without-orders (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4101
FIRST = ["Ada", "Ben", "Chloe", "Dev", "Esme", "Femi", "Greta", "Hiro", "Ivy", "Jonas", "Kira", "Liam"]
LAST = ["Ng", "Okafor", "Silva", "Berg", "O'Neil", "Moreau", "Tanaka", "Kowalski"]


def sql_value(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return str(v)


def data(customers, orders):
    """customers: [(id, name)]; orders: [(id, customer_id or None, amount)]."""
    parts = []
    if customers:
        rows = ",\n".join(f"({sql_value(i)}, {sql_value(n)})" for i, n in customers)
        parts.append(f"INSERT INTO customers (id, name) VALUES\n{rows};\n")
    else:
        parts.append("-- no customers\n")
    if orders:
        rows = ",\n".join(f"({i}, {sql_value(c)}, {a})" for i, c, a in orders)
        parts.append(f"INSERT INTO orders (id, customer_id, amount) VALUES\n{rows};\n")
    else:
        parts.append("-- no orders\n")
    return "".join(parts)


def name(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def numbered(names, start=1):
    return [(start + k, n) for k, n in enumerate(names)]


SAMPLES = [("example", data(
    [(1, "Ada Ng"), (2, "Ben Okafor"), (3, "Chloe Silva"), (4, "Dev Berg")],
    [(10, 2, 40), (11, None, 15), (12, 2, 25), (13, 4, 60)],
))]


def random_case(rng, n_customers, n_orders, guest_rate, id_gap=1):
    ids = rng.sample(range(1, n_customers * id_gap + 1), n_customers)
    customers = [(i, name(rng)) for i in sorted(ids)]
    buyers = [i for i, _ in customers if rng.random() < 0.6]
    orders = []
    for k in range(n_orders):
        if rng.random() < guest_rate or not buyers:
            cid = None
        elif rng.random() < 0.05:
            cid = n_customers * id_gap + rng.randint(1, 50)  # a customer since deleted
        else:
            cid = rng.choice(buyers)
        orders.append((k + 1, cid, rng.randint(1, 500)))
    rng.shuffle(orders)
    return data(customers, orders)


def hidden(rng):
    people = numbered(["Ada Ng", "Ben Okafor", "Chloe Silva", "Dev Berg", "Esme Moreau"])
    return [
        ("empty-tables", data([], [])),
        ("no-orders-at-all", data(people, [])),
        ("no-customers", data([], [(1, None, 10), (2, 7, 20)])),
        ("everyone-ordered", data(people, [(k, c, 10 * k) for k, c in enumerate([5, 4, 3, 2, 1, 1], 1)])),
        ("only-guest-orders", data(people, [(1, None, 30), (2, None, 45)])),
        ("one-guest-order-among-many", data(people, [(1, 1, 10), (2, 3, 10), (3, None, 99), (4, 3, 12)])),
        ("shared-names", data([(1, "Sam Lee"), (2, "Sam Lee"), (3, "Ivy Tanaka"), (4, "Sam Lee")],
                              [(1, 2, 50), (2, 3, 5), (3, None, 8)])),
        ("orders-of-deleted-customers", data([(3, "Hiro Kowalski"), (8, "Kira O'Neil")],
                                             [(1, 99, 10), (2, 100, 10), (3, 8, 20), (4, None, 1)])),
        ("sparse-ids", data([(1000000, "Liam Berg"), (7, "Jonas Silva"), (123456789, "Greta Ng")],
                            [(5, 7, 1), (6, 7, 2), (7, None, 3)])),
        ("order-id-equals-customer-id", data(numbered(["Femi Ng", "Ivy Berg", "Ben Silva"]),
                                             [(2, 2, 10), (4, 1, 10)])),
        ("random-small", random_case(rng, 30, 40, 0.1)),
        ("random-sparse-ids", random_case(rng, 200, 300, 0.05, id_gap=7)),
        ("random-large", random_case(rng, 1500, 2500, 0.02, id_gap=3)),
        # ids 0 and -1 are ids like any other: COALESCE(customer_id, 0) or -1 is not a safe stand-in for NULL.
        ("zero-and-negative-ids", data([(0, "Zoe Ng"), (-1, "Max Berg"), (1, "Ada Silva"), (2, "Ben Tanaka")],
                                       [(1, 1, 10), (2, None, 20), (3, None, 5)])),
    ]


def small(rng):
    return random_case(rng, rng.randint(0, 6), rng.randint(0, 8), 0.2)


if __name__ == "__main__":
    genlib.SqlExercise(__file__).main(SAMPLES, hidden, SEED, stress=small,
                                      brute="submissions/accepted/not_exists.sql")
