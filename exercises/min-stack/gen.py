#!/usr/bin/env python3
"""Seeded generator for the min-stack tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 6174
E18 = 10**18


class Calls:
    """Builds a valid call sequence (pop/top/getMin only on a non-empty stack)."""

    def __init__(self):
        self.ops, self.args, self.size = ["MinStack"], [[]], 0

    def call(self, op, *a):
        if op == "push":
            self.size += 1
        else:
            assert self.size > 0
            if op == "pop":
                self.size -= 1
        self.ops.append(op)
        self.args.append(list(a))


def random_calls(rng, count, lo, hi, p_push=0.45):
    c = Calls()
    for _ in range(count):
        r = rng.random()
        if c.size == 0 or r < p_push:
            c.call("push", rng.randint(lo, hi))
        else:
            c.call(rng.choice(["pop", "top", "getMin", "getMin"]))
    return c


def script(steps):
    """steps: ints are pushes; "p", "t", "m" are pop, top, getMin."""
    c = Calls()
    names = {"p": "pop", "t": "top", "m": "getMin"}
    for s in steps:
        if isinstance(s, int):
            c.call("push", s)
        else:
            c.call(names[s])
    return c


def case(ex, name, c):
    return ex.case(name, c.ops, c.args)


def build(ex, rng):
    samples = [
        ex.case("sample-1", ["MinStack", "push", "push", "push", "getMin", "pop", "top", "getMin"],
                [[], [3], [-1], [5], [], [], [], []]),
        ex.case("sample-2", ["MinStack", "push", "getMin", "push", "getMin", "push", "top", "getMin",
                             "pop", "getMin", "top"],
                [[], [5], [], [7], [], [1], [], [], [], [], []]),
        ex.case("sample-3", ["MinStack", "push", "top", "getMin", "pop", "push", "getMin"],
                [[], [-4], [], [], [], [8], []]),
    ]
    hidden = [
        case(ex, "single-push", script([42, "m", "t"])),
        case(ex, "all-equal", script([6] * 5 + ["m", "p"] * 4 + ["m", "t"])),
        case(ex, "duplicate-minimum", script([2, 0, 0, "m", "p", "m", "p", "m"])),
        case(ex, "many-copies-of-minimum", script([5, 1, 3, 1, 1, 4, "m", "p", "m", "p", "m", "p",
                                                   "m", "p", "m", "p", "m", "t"])),
        case(ex, "minimum-pushed-again-later", script([4, 2, 6, 2, "p", "m", "p", "m", "p", "m"])),
        case(ex, "extreme-values", script([E18, "m", -E18, "m", E18, "m", "p", "p", "m", "t"])),
        case(ex, "beyond-32-bit", script([3 * 10**9, "m", 5 * 10**12, "m", 2**31, "m", "p", "m"])),
        case(ex, "increasing", script(list(range(1, 9)) + ["m", "p", "m", "t"] * 4)),
        case(ex, "decreasing", script(list(range(8, 0, -1)) + ["m", "p", "t"] * 7 + ["m"])),
        case(ex, "empty-then-reused", script([-3, "m", "p", 9, "m", 7, "m", "p", "p", 1, "m"])),
    ]
    for k in range(5):
        hidden.append(case(ex, f"random-small-{k}", random_calls(rng, rng.randint(8, 40), -5, 5)))
    hidden.append(case(ex, "random-medium", random_calls(rng, 3000, -E18, E18, p_push=0.5)))
    # Large: a tall stack queried many times; scanning for the minimum costs O(height) each.
    c = Calls()
    for _ in range(30000):
        c.call("push", rng.randint(0, 9))
    for _ in range(36000):
        c.call("getMin")
    hidden.append(case(ex, "tall-stack-many-queries", c))
    return samples, hidden


def small(rng):
    c = random_calls(rng, rng.randint(1, 15), -3, 3, p_push=rng.choice([0.35, 0.6]))
    return c.ops, c.args


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/scan_for_min.py")
