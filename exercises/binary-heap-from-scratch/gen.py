#!/usr/bin/env python3
"""Seeded generator for binary-heap-from-scratch (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 80317
B = 10**9
MAX_CALLS = 6 * 10**4


class Sim:
    """Builds an operation sequence, tracking the size so pop/peek never hit an empty heap."""

    def __init__(self):
        self.ops, self.args, self.n = ["MinHeap"], [[]], 0

    def push(self, v):
        self.ops.append("push")
        self.args.append([v])
        self.n += 1

    def pop(self):
        assert self.n > 0
        self.ops.append("pop")
        self.args.append([])
        self.n -= 1

    def peek(self):
        assert self.n > 0
        self.ops.append("peek")
        self.args.append([])

    def size(self):
        self.ops.append("size")
        self.args.append([])


def parse(calls):
    """'push 3, pop, peek, size' -> a Sim."""
    sim = Sim()
    for call in calls.split(","):
        name, *nums = call.split()
        if name == "push":
            sim.push(int(nums[0]))
        else:
            getattr(sim, name)()
    return sim


def random_ops(rng, calls, lo, hi, p_push=0.5, p_peek=0.1, p_size=0.05, sim=None):
    sim = sim or Sim()
    for _ in range(calls):
        r = rng.random()
        if sim.n == 0 or r < p_push:
            sim.push(rng.randint(lo, hi))
        elif r < p_push + p_peek:
            sim.peek()
        elif r < p_push + p_peek + p_size:
            sim.size()
        else:
            sim.pop()
    return sim


def brute(ops, args):
    """Sorted-list model: obviously correct."""
    items, out = [], [None]
    for op, a in zip(ops[1:], args[1:]):
        if op == "push":
            items.append(a[0])
            items.sort()
            out.append(None)
        elif op == "pop":
            out.append(items.pop(0))
        elif op == "peek":
            out.append(items[0])
        else:
            out.append(len(items))
    return out


def build(ex, rng):

    def case(name, sim):
        assert len(sim.ops) - 1 <= MAX_CALLS
        assert all(-B <= a[0] <= B for op, a in zip(sim.ops, sim.args) if op == "push")
        return ex.case(name, sim.ops, sim.args)

    samples = [
        case("sample-1", parse("push 5, push 3, push 8, peek, pop, pop, size, push 1, pop, pop, size")),
        case("sample-2", parse("push 4, push 4, push -2, pop, pop, pop, size")),
        case("sample-3", parse("size, push 7, peek, size")),
    ]
    hidden = [
        case("only-constructor", Sim()),
        case("size-of-empty", parse("size")),
        case("pop-the-only-element", parse("push 9, pop, size, push 3, peek, size, pop, size")),
        case("pop-only-element-repeatedly", parse("push 1, pop, push 2, pop, push 0, pop, size")),
        case("peek-does-not-remove", parse("push 2, push 1, peek, peek, size, pop, peek, size")),
        case("extreme-values", parse(f"push {B}, push {-B}, push 0, peek, pop, pop, pop, push {B}, peek, pop")),
        case("all-equal", parse("push 5, push 5, push 5, push 5, pop, size, pop, pop, peek, pop, size")),
        case("negatives", parse("push -3, push -7, push -1, push -7, pop, pop, pop, pop")),
        case("ascending-pushes", parse(", ".join(f"push {v}" for v in range(1, 16)) + ", pop" * 15)),
        case("descending-pushes", parse(", ".join(f"push {v}" for v in range(15, 0, -1)) + ", pop" * 15)),
        # Sift-down has to go right: after removing 1 the right child is the smaller one.
        case("smaller-child-on-the-right",
             parse("push 1, push 5, push 2, push 6, push 7, push 3, push 4, pop, pop, pop, pop, pop, pop, pop")),
        case("last-parent-with-one-child",
             parse("push 1, push 2, push 3, push 5, push 4, push 6, pop, peek, pop, peek, pop, pop, pop, pop")),
        case("refill-after-empty", parse("push 3, push 1, pop, pop, size, push 2, push -1, peek, pop, pop, size")),
    ]
    for k in range(5):
        hidden.append(case(f"random-small-{k}", random_ops(rng, rng.randint(10, 40), -9, 9)))
    for k in range(2):
        hidden.append(case(f"random-medium-{k}", random_ops(rng, 2000, -B, B, p_push=0.55)))
    # Large: a big heap, then every element popped (each pop sifts through ~15 levels).
    sim = Sim()
    for _ in range(MAX_CALLS // 2 - 100):
        sim.push(rng.randint(0, 999))
    for k in range(MAX_CALLS // 2 - 100):
        sim.pop()
        if k % 500 == 0:
            sim.peek()
    hidden.append(case("large-fill-then-drain", sim))
    # Large: decreasing pushes (every push climbs to the root) mixed with peeks.
    sim = Sim()
    for v in range(3999, -1, -1):
        sim.push(v)
        if v % 4 == 0:
            sim.peek()
    hidden.append(case("large-decreasing-pushes", random_ops(rng, 2000, 0, 999, p_push=0.3, p_peek=0.3, sim=sim)))
    return samples, hidden


def small(rng):
    sim = random_ops(rng, rng.randint(0, 30), -5, 5)
    return sim.ops, sim.args


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
