#!/usr/bin/env python3
"""Seeded generator for the merge-two-sorted-lists tests.

    python3 gen.py               rewrite tests/sample.jsonl and tests/hidden.jsonl
    python3 gen.py --stress 500  compare solution.py with "collect values, sort, rebuild"
"""
import argparse
import json
import os
import random
import sys
import typing

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 424242


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def load(relpath, name):
    """Exec a solution file with the names the judge predefines and return `name`."""
    ns = {"__name__": "solution", "ListNode": ListNode}
    for t in ("List", "Optional", "Dict", "Tuple", "Set", "Deque"):
        ns[t] = getattr(typing, t)
    path = os.path.join(HERE, relpath)
    with open(path) as f:
        exec(compile(f.read(), path, "exec"), ns)
    return ns[name]


def to_nodes(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def to_values(head):
    out = []
    while head is not None:
        out.append(head.val)
        head = head.next
    return out


def call(fn, a, b):
    return to_values(fn(to_nodes(a), to_nodes(b)))


def slow_merge(list1, list2):
    """Obviously correct: collect every value, sort, rebuild."""
    return to_nodes(sorted(to_values(list1) + to_values(list2)))


def sorted_list(rng, n, lo=-10**4, hi=10**4):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def write(path, cases):
    with open(path, "w", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, separators=(",", ":")) + "\n")


def build(ref):
    rng = random.Random(SEED)

    def case(name, a, b):
        assert a == sorted(a) and b == sorted(b)
        return {"name": name, "args": [a, b], "expected": call(ref, a, b)}

    samples = [
        case("sample-1", [1, 3, 8], [2, 3, 9, 10]),
        case("sample-2", [], [-4, 0]),
        case("sample-3", [], []),
    ]
    M = 10**4
    hidden = [
        case("both-empty", [], []),
        case("first-empty", [], [5]),
        case("second-empty", [1, 2, 2, 7], []),
        case("single-each", [2], [1]),
        case("single-equal", [0], [0]),
        case("all-first-smaller", [1, 2, 3], [4, 5, 6]),
        case("all-second-smaller", [7, 8, 9], [-3, -2, -1]),
        case("interleaved", [1, 3, 5, 7], [2, 4, 6, 8]),
        case("duplicates-across", [1, 1, 2, 4, 4], [1, 2, 2, 4, 5]),
        case("negatives", [-9, -5, -5, -1], [-10, -6, -5, 0]),
        case("extremes", [-M, -M, M], [-M, M, M]),
        case("short-vs-long", [3], [-2, -1, 0, 1, 2, 4, 5, 6, 7, 8]),
        case("long-tail-in-first", [1, 2, 30, 40, 50, 60, 70], [3, 4]),
        case("same-value-runs", [5] * 6, [5] * 4),
    ]
    for k in range(4):
        hidden.append(case(f"random-small-{k}", sorted_list(rng, rng.randint(0, 12), -20, 20),
                           sorted_list(rng, rng.randint(0, 12), -20, 20)))
    for k in range(3):
        hidden.append(case(f"random-medium-{k}", sorted_list(rng, rng.randint(100, 3000)),
                           sorted_list(rng, rng.randint(100, 3000), -100, 100)))
    N = 5 * 10**4
    hidden.append(case("large-both-max", sorted_list(rng, N), sorted_list(rng, N)))
    hidden.append(case("large-second-empty", sorted_list(rng, N), []))
    hidden.append(case("large-one-node-vs-max", [0], sorted_list(rng, N)))
    hidden.append(case("large-few-distinct", sorted_list(rng, N, -3, 3), sorted_list(rng, N, -3, 3)))
    return samples, hidden


def stress(ref, count):
    rng = random.Random(SEED + 1)
    for k in range(count):
        a = sorted_list(rng, rng.randint(0, 8), -5, 5)
        b = sorted_list(rng, rng.randint(0, 8), -5, 5)
        got, want = call(ref, a, b), call(slow_merge, a, b)
        if got != want:
            print(f"MISMATCH on case {k}: list1={a} list2={b}: solution={got} slow={want}")
            sys.exit(1)
    print(f"stress ok: {count} cases")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stress", type=int, metavar="N")
    args = ap.parse_args()
    ref = load("solution.py", "merge_two_lists")
    if args.stress:
        stress(ref, args.stress)
        return
    samples, hidden = build(ref)
    os.makedirs(os.path.join(HERE, "tests"), exist_ok=True)
    write(os.path.join(HERE, "tests", "sample.jsonl"), samples)
    write(os.path.join(HERE, "tests", "hidden.jsonl"), hidden)
    print(f"wrote {len(samples)} samples, {len(hidden)} hidden cases")


if __name__ == "__main__":
    main()
