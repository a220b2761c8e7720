#!/usr/bin/env python3
"""Seeded generator for the time-based-key-value-store tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import string
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 7007
T_MAX = 10**7
CHARS = string.ascii_lowercase + string.digits


class Calls:
    """Builds a valid call sequence: per key, set timestamps strictly increase."""

    def __init__(self):
        self.ops, self.args, self.last = ["TimeMap"], [[]], {}

    def set(self, key, value, t):
        assert t > self.last.get(key, 0) and 1 <= t <= T_MAX
        self.last[key] = t
        self.ops.append("set")
        self.args.append([key, value, t])
        return self

    def get(self, key, t):
        assert 1 <= t <= T_MAX
        self.ops.append("get")
        self.args.append([key, t])
        return self


def text(rng, lo, hi):
    return "".join(rng.choice(CHARS) for _ in range(rng.randint(lo, hi)))


def random_calls(rng, count, keys, t_hi, step_hi):
    c = Calls()
    for _ in range(count):
        key = rng.choice(keys)
        if rng.random() < 0.45:
            t = c.last.get(key, 0) + rng.randint(1, step_hi)
            if t <= t_hi:
                c.set(key, text(rng, 1, 4), t)
                continue
        c.get(key if rng.random() < 0.9 else text(rng, 1, 3), rng.randint(1, t_hi))
    return c


def case(ex, name, c):
    return ex.case(name, c.ops, c.args)


def build(ex, rng):
    samples = [
        ex.case("sample-1", ["TimeMap", "set", "get", "get", "set", "get", "get"],
                [[], ["lamp", "on", 1], ["lamp", 1], ["lamp", 3], ["lamp", "off", 4], ["lamp", 4],
                 ["lamp", 5]]),
        ex.case("sample-2", ["TimeMap", "set", "set", "set", "get", "get", "get"],
                [[], ["a", "x", 5], ["b", "y", 7], ["a", "z", 8], ["a", 7], ["b", 8], ["a", 100]]),
        ex.case("sample-3", ["TimeMap", "set", "set", "set", "get", "get", "get"],
                [[], ["t", "a", 1], ["t", "b", 2], ["t", "c", 3], ["t", 2], ["t", 3], ["t", 2]]),
    ]
    hidden = [
        case(ex, "get-before-any-set", Calls().get("k", 5).set("k", "v", 5).get("k", 5)),
        case(ex, "unknown-key", Calls().set("known", "v", 3).get("unknown", 3).get("known", 3)),
        case(ex, "before-first-version", Calls().set("k", "v1", 10).set("k", "v2", 20)
             .get("k", 9).get("k", 1).get("k", 10).get("k", 19).get("k", 20).get("k", 21)),
        case(ex, "same-time-different-keys", Calls().set("x", "x1", 4).set("y", "y1", 4)
             .set("y", "y2", 6).set("x", "x2", 9).get("x", 6).get("y", 6).get("x", 4).get("y", 5)
             .get("x", 3).get("y", 9)),
        case(ex, "timestamp-extremes", Calls().set("k", "first", 1).set("k", "last", T_MAX)
             .get("k", 1).get("k", T_MAX - 1).get("k", T_MAX)),
        case(ex, "gets-in-any-order", Calls().set("p", "a", 100).set("p", "b", 200).set("p", "c", 300)
             .get("p", 250).get("p", 99).get("p", 300).get("p", 150).get("p", 100).get("p", 299)),
    ]
    c = Calls()
    for i in range(1, 6):
        c.set("k" * 100, text(rng, 100, 100), 1000 * i)
    for t in (999, 1000, 3500, 5000, 9999):
        c.get("k" * 100, t)
    c.get("k" * 99, 5000)
    hidden.append(case(ex, "long-keys-and-values", c))
    for k in range(4):
        keys = [text(rng, 1, 2) for _ in range(rng.randint(1, 3))]
        hidden.append(case(ex, f"random-small-{k}", random_calls(rng, rng.randint(10, 40), keys, 60, 6)))
    keys = [text(rng, 3, 6) for _ in range(20)]
    hidden.append(case(ex, "random-medium", random_calls(rng, 3000, keys, T_MAX, 50000)))
    # Large: one key with many versions, read many times at random points of its history, so
    # scanning the history costs O(versions) per get.
    c = Calls()
    t = 0
    for _ in range(16000):
        t += rng.randint(1, 7)
        c.set("hot", text(rng, 1, 2), t)
    for _ in range(20000):
        c.get("hot", rng.randint(1, t + 10))
    hidden.append(case(ex, "one-key-long-history", c))
    return samples, hidden


def small(rng):
    keys = [text(rng, 1, 1) for _ in range(rng.randint(1, 2))]
    c = random_calls(rng, rng.randint(1, 14), keys, 20, 4)
    return c.ops, c.args


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/scan_history.py")
