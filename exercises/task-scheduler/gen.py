#!/usr/bin/env python3
"""Seeded generator for task-scheduler (see tools/gen/genlib.py for the command line)."""
import itertools
import pathlib
import string
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 8128
MAX_LEN = 10**5
MAX_N = 10**4
LETTERS = string.ascii_uppercase


def check(tasks, n):
    assert 1 <= len(tasks) <= MAX_LEN and 0 <= n <= MAX_N
    assert all(len(t) == 1 and t in LETTERS for t in tasks)


def from_counts(rng, counts):
    tasks = [t for t, c in counts.items() for _ in range(c)]
    rng.shuffle(tasks)
    return tasks


def brute(tasks, n):
    """Exhaustive search for tiny inputs: BFS over (copies left per task, cooldown left per
    task) states, one time unit per step."""
    names = sorted(set(tasks))
    start = (tuple(tasks.count(t) for t in names), tuple(0 for _ in names))
    frontier, seen, time = [start], {start}, 0
    while True:
        nxt = []
        for left, wait in frontier:
            if not any(left):
                return time
            cooled = tuple(max(0, w - 1) for w in wait)
            moves = [(left, cooled)]  # idle
            for i, (c, w) in enumerate(zip(left, wait)):
                if c and w == 0:
                    l2 = left[:i] + (c - 1,) + left[i + 1:]
                    w2 = cooled[:i] + (n,) + cooled[i + 1:]
                    moves.append((l2, w2))
            for s in moves:
                if s not in seen:
                    seen.add(s)
                    nxt.append(s)
        frontier = nxt
        time += 1


def build(ex, rng):
    def case(name, tasks, n):
        check(tasks, n)
        return ex.case(name, tasks, n)

    samples = [
        case("sample-1", ["X", "X", "X", "Y", "Z"], 2),
        case("sample-2", ["A", "A", "B", "B", "C", "C", "D"], 1),
        case("sample-3", ["Q", "Q", "Q"], 0),
    ]
    hidden = [
        case("single-task", ["M"], 100),
        case("same-task-twice-max-cooldown", ["K", "K"], 100),
        case("no-cooldown-many-tasks", from_counts(rng, {"A": 5, "B": 2, "Z": 1}), 0),
        case("two-tied-tasks", ["A", "A", "A", "B", "B", "B"], 2),
        case("all-letters-once", list(LETTERS), 50),
        case("gaps-overflow", from_counts(rng, {"A": 3, "B": 1, "C": 1, "D": 1}), 1),
        case("many-tied-overflow", from_counts(rng, {c: 4 for c in "ABCDEF"}), 2),
        case("tied-fill-exactly", from_counts(rng, {"A": 4, "B": 4, "C": 4}), 2),
        case("one-frequent-many-rare", from_counts(rng, {"A": 6, **{c: 1 for c in "BCDEFGHIJ"}}), 3),
        case("cooldown-larger-than-alphabet", from_counts(rng, {"A": 3, "B": 3, "C": 1}), 30),
    ]
    for k in range(4):
        letters = rng.sample(LETTERS, rng.randint(1, 6))
        counts = {c: rng.randint(1, 6) for c in letters}
        hidden.append(case(f"random-small-{k}", from_counts(rng, counts), rng.randint(0, 5)))
    counts = {c: rng.randint(1, 300) for c in LETTERS}
    hidden.append(case("random-medium", from_counts(rng, counts), 7))
    # every letter equally often: the schedule is exactly len(tasks) long
    hidden.append(case("even-letters-no-idle", from_counts(rng, {c: 400 for c in LETTERS}), 25))
    hidden.append(case("one-task-max-cooldown", ["A"] * 20000, 100))
    # about the longest possible schedule (10^7 units): one task with nearly 10^5 copies,
    # 100 units apart, and every other letter present once
    hidden.append(case("max-one-dominant-task-all-letters",
                       from_counts(rng, {"A": MAX_LEN - 25, **{c: 1 for c in LETTERS[1:]}}), 100))
    counts = {"Q": 15000, "R": 15000, "S": 10000, "T": 10000}
    hidden.append(case("large-two-dominant-tasks", from_counts(rng, counts), 100))
    # a cooldown far longer than the alphabet: few tasks, but the schedule is 10^8 units long,
    # so stepping through it one unit at a time (even with a heap) is far too slow
    hidden.append(case("max-cooldown-all-letters-once", list(LETTERS), MAX_N))
    counts = {"A": 10000, "B": 10000, "C": 1}
    hidden.append(case("max-cooldown-two-dominant-tasks", from_counts(rng, counts), MAX_N))
    return samples, hidden


def small(rng):
    letters = rng.sample("ABC", rng.randint(1, 3))
    counts = {c: rng.randint(1, 3) for c in letters}
    return from_counts(rng, counts), rng.randint(0, 3)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
