#!/usr/bin/env python3
"""Seeded generator for join-aggregate-having (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4105
ITEMS = ["Desk Lamp", "Kettle", "Yoga Mat", "Tea Tin", "Backpack", "Notebook", "Mug", "Umbrella",
         "Chess Set", "Plant Pot", "Scarf", "Headphones", "Bike Bell", "Candle", "Puzzle", "Tripod"]


def sql_value(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return str(v)


def data(products, orders):
    """products: [(id, name)]; orders: [(product_id, customer_id or None, quantity)], ids 1.."""
    out = []
    if products:
        values = ",\n".join(f"({i}, {sql_value(n)})" for i, n in products)
        out.append(f"INSERT INTO products (id, name) VALUES\n{values};\n")
    else:
        out.append("-- no products\n")
    if orders:
        values = ",\n".join(f"({k}, {p}, {sql_value(c)}, {q})" for k, (p, c, q) in enumerate(orders, 1))
        out.append(f"INSERT INTO orders (id, product_id, customer_id, quantity) VALUES\n{values};\n")
    else:
        out.append("-- no orders\n")
    return "".join(out)


def catalogue(n, start=1):
    return [(start + k, ITEMS[k % len(ITEMS)] + (f" {k // len(ITEMS) + 1}" if k >= len(ITEMS) else ""))
            for k in range(n)]


def random_case(rng, n_products, n_customers, guest_rate):
    products = catalogue(n_products, start=rng.randint(1, 50))
    orders = []
    for pid, _ in products:
        buyers = rng.sample(range(1, n_customers + 1), min(n_customers, rng.choice([0, 1, 2, 2, 3, 3, 4, 7])))
        for cid in buyers:
            orders.extend((pid, cid, rng.randint(1, 5)) for _ in range(rng.choice([1, 1, 2, 3])))
        while rng.random() < guest_rate:
            orders.append((pid, None, rng.randint(1, 5)))
    rng.shuffle(orders)
    return data(products, orders)


SAMPLES = [("example", data(
    [(1, "Desk Lamp"), (2, "Kettle"), (3, "Yoga Mat"), (4, "Tea Tin")],
    [(2, 10, 1), (2, 11, 2), (2, 12, 1), (3, 10, 1), (3, 10, 4), (4, 11, 1), (4, None, 3), (4, 13, 2)],
))]


def hidden(rng):
    five = catalogue(5)
    return [
        ("empty-tables", data([], [])),
        ("no-orders-yet", data(five, [])),
        ("exactly-three-customers", data(five[:2], [(1, 1, 1), (1, 2, 1), (1, 3, 1), (2, 1, 1), (2, 2, 1)])),
        ("one-customer-many-orders", data(five[:2], [(1, 7, 1)] * 6 + [(2, 7, 2), (2, 8, 2), (2, 9, 2)])),
        ("guest-orders-only", data(five[:2], [(1, None, 2), (1, None, 5), (2, 4, 1)])),
        ("two-customers-and-guests", data(five[:1], [(1, 1, 1), (1, None, 1), (1, 2, 1), (1, None, 1)])),
        ("repeat-buyers-and-guests", data(five[:3], [(1, 1, 1), (1, 1, 1), (1, 2, 1), (1, None, 9),
                                                     (2, 5, 1), (2, 5, 1), (2, 5, 1),
                                                     (3, 1, 1), (3, 2, 1), (3, 3, 1), (3, None, 1)])),
        ("everything-sells-well", data(five[:2], [(p, c, 1) for p in (1, 2) for c in (1, 2, 3, 4)])),
        ("shared-names", data([(1, "Mug"), (2, "Mug"), (3, "Mug")],
                              [(1, 1, 1), (1, 2, 1), (2, 1, 1), (2, 2, 1), (2, 3, 1), (3, 3, 4)])),
        ("random-small", random_case(rng, 8, 6, 0.3)),
        ("random-medium", random_case(rng, 60, 40, 0.2)),
        ("random-large", random_case(rng, 400, 300, 0.1)),
    ]


def small(rng):
    return random_case(rng, rng.randint(0, 5), rng.randint(1, 5), 0.3)


if __name__ == "__main__":
    genlib.SqlExercise(__file__).main(SAMPLES, hidden, SEED, stress=small,
                                      brute="submissions/accepted/scalar_subqueries.sql")
