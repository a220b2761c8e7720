#!/usr/bin/env python3
"""Seeded generator for the queue-with-two-stacks tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 9901
B = 10**9


class Calls:
    """Builds a valid call sequence, tracking the queue size so pop/peek never hit an empty
    queue."""

    def __init__(self):
        self.ops, self.args, self.size = ["MyQueue"], [[]], 0

    def push(self, x):
        self.ops.append("push")
        self.args.append([x])
        self.size += 1

    def pop(self):
        assert self.size > 0
        self.ops.append("pop")
        self.args.append([])
        self.size -= 1

    def peek(self):
        assert self.size > 0
        self.ops.append("peek")
        self.args.append([])

    def empty(self):
        self.ops.append("empty")
        self.args.append([])


def random_calls(rng, count, hi, p_push=0.5):
    c = Calls()
    for _ in range(count):
        r = rng.random()
        if c.size == 0 or r < p_push:
            c.push(rng.randint(1, hi))
        elif r < p_push + (1 - p_push) * 0.6:
            c.pop()
        elif r < p_push + (1 - p_push) * 0.85:
            c.peek()
        else:
            c.empty()
    return c


def case(ex, name, c):
    return ex.case(name, c.ops, c.args)


def build(ex, rng):
    samples = [
        ex.case("sample-1", ["MyQueue", "push", "push", "peek", "pop", "empty", "pop", "empty"],
                [[], [4], [9], [], [], [], [], []]),
        ex.case("sample-2", ["MyQueue", "push", "push", "pop", "push", "pop", "pop"],
                [[], [1], [2], [], [3], [], []]),
        ex.case("sample-3", ["MyQueue", "empty", "push", "empty", "peek", "pop", "empty"],
                [[], [], [5], [], [], [], []]),
    ]
    hidden = [ex.case("only-empty", ["MyQueue", "empty"], [[], []])]
    c = Calls()
    c.push(B)
    c.peek()
    c.peek()
    c.push(1)
    c.peek()
    c.pop()
    c.peek()
    c.empty()
    c.pop()
    c.empty()
    hidden.append(case(ex, "extreme-values", c))
    # Pushes between pops while older items still wait to be served.
    c = Calls()
    for x in (10, 20, 30):
        c.push(x)
    c.pop()
    c.push(40)
    c.push(50)
    c.peek()
    c.pop()
    c.pop()
    c.push(60)
    c.pop()
    c.peek()
    c.pop()
    c.pop()
    c.empty()
    hidden.append(case(ex, "push-while-older-waiting", c))
    # Push after draining: the queue is empty again, then receives new items.
    c = Calls()
    for round_ in range(4):
        for x in range(round_ + 1):
            c.push(100 * round_ + x + 1)
            c.empty()
        for _ in range(round_ + 1):
            c.peek()
            c.pop()
        c.empty()
    hidden.append(case(ex, "drain-and-refill", c))
    c = Calls()
    for _ in range(6):
        c.push(7)
    for _ in range(6):
        c.pop()
        c.empty()
    hidden.append(case(ex, "all-equal", c))
    for k in range(5):
        hidden.append(case(ex, f"random-small-{k}", random_calls(rng, rng.randint(5, 30), 50)))
    hidden.append(case(ex, "random-medium", random_calls(rng, 2000, B, p_push=0.55)))
    # Large: every pop/peek would cost a full pour in a solution that pours back each time.
    c = Calls()
    for _ in range(16000):
        c.push(rng.randint(1, 99))
    while c.size:
        c.peek()
        c.pop()
    c.empty()
    hidden.append(case(ex, "fill-then-drain", c))
    c = Calls()
    for _ in range(4000):
        c.push(rng.randint(1, 99))
    for _ in range(6000):
        c.push(rng.randint(1, 99))
        c.pop()
    hidden.append(case(ex, "long-queue-steady-traffic", c))
    return samples, hidden


def small(rng):
    c = random_calls(rng, rng.randint(0, 14), 9, p_push=rng.choice([0.4, 0.6]))
    return c.ops, c.args


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/pour_back_every_time.py")
