#!/usr/bin/env python3
"""Seeded generator for the subsets tests.

    python3 gen.py               rewrite tests/sample.jsonl and tests/hidden.jsonl
    python3 gen.py --stress 500  compare solution.py with an itertools.combinations version
"""
import argparse
import json
import os
import random
import sys
import typing

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 31337
B = 10**9


def load(relpath, name):
    """Exec a solution file the way the judge does (typing names predefined) and return `name`."""
    ns = {"__name__": "solution"}
    for t in ("List", "Optional", "Dict", "Tuple", "Set", "Deque"):
        ns[t] = getattr(typing, t)
    path = os.path.join(HERE, relpath)
    with open(path) as f:
        exec(compile(f.read(), path, "exec"), ns)
    return ns[name]


def check(nums):
    assert 0 <= len(nums) <= 16, len(nums)
    assert len(set(nums)) == len(nums), nums
    assert all(-B <= x <= B for x in nums), nums


def canonical(family):
    """The order-free form the checker compares ("unordered-nested")."""
    return sorted(sorted(s) for s in family)


def distinct(rng, n, lo, hi):
    return rng.sample(range(lo, hi + 1), n)


def write(path, cases):
    with open(path, "w", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, separators=(",", ":")) + "\n")


def build(ref):
    rng = random.Random(SEED)

    def case(name, nums):
        check(nums)
        expected = ref(list(nums))
        assert len(expected) == 2 ** len(nums)
        return {"name": name, "args": [nums], "expected": expected}

    samples = [
        case("sample-1", [1, 2, 3]),
        case("sample-2", [0]),
        case("sample-3", [-4, 9]),
    ]
    hidden = [
        case("empty", []),
        case("single-zero", [0]),
        case("single-negative", [-7]),
        case("single-max", [B]),
        case("two-opposites", [5, -5]),
        case("three-unsorted", [3, -1, 2]),
        case("four-descending", [4, 3, 2, 1]),
        case("extremes", [-B, B, 0, 1]),
        case("negatives-only", [-1, -2, -3, -4, -5]),
    ]
    for k in range(3):
        hidden.append(case(f"random-small-{k}", distinct(rng, rng.randint(5, 8), -100, 100)))
    hidden.append(case("random-wide-10", distinct(rng, 10, -B, B)))
    hidden.append(case("random-wide-11", distinct(rng, 11, -B, B)))
    # The largest ones use small values so the expected answers stay around 1.4 MB at most.
    hidden.append(case("n13", distinct(rng, 13, -50, 50)))
    hidden.append(case("n14", distinct(rng, 14, -20, 20)))
    hidden.append(case("n15", distinct(rng, 15, -9, 9)))
    hidden.append(case("n16", distinct(rng, 16, -6, 9)))
    return samples, hidden


def stress(ref, count):
    brute = load("submissions/accepted/combinations.py", "subsets")
    rng = random.Random(SEED + 1)
    for k in range(count):
        nums = distinct(rng, rng.randint(0, 10), -20, 20)
        check(nums)
        got, want = ref(list(nums)), brute(list(nums))
        ok = (isinstance(got, list) and all(isinstance(s, list) for s in got)
              and len(got) == 2 ** len(nums) and canonical(got) == canonical(want))
        if not ok:
            print(f"MISMATCH on case {k}: nums={nums}: solution={got} combinations={want}")
            sys.exit(1)
    print(f"stress ok: {count} cases")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stress", type=int, metavar="N")
    args = ap.parse_args()
    ref = load("solution.py", "subsets")
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
