#!/usr/bin/env python3
"""Seeded generator for the two-sum tests.

    python3 gen.py               rewrite tests/sample.jsonl and tests/hidden.jsonl
    python3 gen.py --stress 500  compare solution.py with the O(n^2) brute force on small cases
"""
import argparse
import json
import os
import random
import sys
import typing

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240611


def load(relpath, name):
    """Exec a solution file the way the judge does (typing names predefined) and return `name`."""
    ns = {"__name__": "solution"}
    for t in ("List", "Optional", "Dict", "Tuple", "Set", "Deque"):
        ns[t] = getattr(typing, t)
    path = os.path.join(HERE, relpath)
    with open(path) as f:
        exec(compile(f.read(), path, "exec"), ns)
    return ns[name]


def make_case(rng, n, lo, hi, target, pos=None, decoy=False, pair=None):
    """nums of length n with exactly one pair summing to target; the other values lie in
    [lo, hi]. pair = (a, b) fixes the pair's values (default: random within [lo, hi]),
    pos = (i, j) where it goes. decoy adds one lone element equal to target / 2 (a trap for
    solutions that pair an element with itself)."""
    if pair is None:
        a = rng.randint(max(lo, target - hi), min(hi, target - lo))
        pair = (a, target - a)
    a, b = pair
    assert a + b == target
    used = set()
    others = []
    half = None
    if decoy and target % 2 == 0 and target // 2 not in (a, b):
        half = target // 2
        others.append(half)
        used.add(half)
    while len(others) < n - 2:
        v = rng.randint(lo, hi)
        if v in (a, b) or 2 * v == target or (target - v) in used:
            continue
        used.add(v)
        others.append(v)
    rng.shuffle(others)
    if pos is None:
        i, j = sorted(rng.sample(range(n), 2))
    else:
        i, j = pos
    nums = []
    it = iter(others)
    for k in range(n):
        nums.append(a if k == i else b if k == j else next(it))
    return nums


def check_unique(nums, target):
    seen = {}
    count = 0
    for x in nums:
        count += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    assert count == 1, (nums[:20], target, count)


def write(path, cases):
    with open(path, "w", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, separators=(",", ":")) + "\n")


def build(ref):
    rng = random.Random(SEED)

    def case(name, nums, target):
        check_unique(nums, target)
        return {"name": name, "args": [nums, target], "expected": ref(nums, target)}

    samples = [
        case("sample-1", [4, 9, 1, 7], 8),
        case("sample-2", [-3, 5, 2, 5, 8], 5),
        case("sample-3", [6, 6], 12),
    ]
    B = 10**9
    hidden = [
        case("n2-minimal", [1, 2], 3),
        case("n2-negative", [-5, -9], -14),
        case("equal-values", [3, 3], 6),
        case("zeros", [0, 4, 3, 0], 0),
        case("all-negative", [-1, -2, -3, -4, -5], -8),
        case("max-values", [B, B - 1, B], 2 * B),
        case("min-values", [-B, 3, -B], -2 * B),
        case("lone-half-decoy", [4, 1, 7, 8], 8),
        case("lone-half-decoy-2", [5, 2, 10, 8], 10),
        case("pair-first-and-last", [2, 5, 5, 11, 7], 9),
        case("sum-to-zero", [5, -7, 12, 7, 3], 0),
        case("duplicates-not-answer", [1, 1, 1, 1, 5, 9], 14),
        case("answer-is-duplicate", [7, 2, 11, 2, 15], 4),
        case("opposite-extremes", [17, -B, 4, B], 0),
    ]
    for k in range(4):
        n = rng.randint(10, 60)
        t = rng.randrange(-60, 61, 2)
        hidden.append(case(f"random-small-{k}", make_case(rng, n, -50, 50, t, decoy=(k % 2 == 0)), t))
    for k in range(3):
        n = rng.randint(500, 3000)
        t = rng.randint(-2 * B, 2 * B) // 2 * 2
        hidden.append(case(f"random-medium-{k}", make_case(rng, n, -B, B, t, decoy=True), t))
    # Large cases: the pair sits near the end, so trying all pairs costs ~n^2 / 2 steps.
    n = 10**5
    t = rng.randint(-B, B) * 2
    hidden.append(case("large-wide-range", make_case(rng, n, -B, B, t, pos=(n - 2, n - 1)), t))
    t = -4
    hidden.append(case("large-many-duplicates",
                       make_case(rng, n, 1, 5000, t, pos=(n - 3, n - 1), pair=(-1, -3)), t))
    t = 2 * rng.randint(-B // 2, B // 2)
    hidden.append(case("large-with-decoy", make_case(rng, n, -B, B, t, pos=(n - 1000, n - 1), decoy=True), t))
    t = 0
    hidden.append(case("large-target-zero", make_case(rng, n, -10**5, 10**5, t, pos=(n - 5, n - 4)), t))
    return samples, hidden


def stress(ref, count):
    brute = load("submissions/time_limit_exceeded/brute.py", "two_sum")
    rng = random.Random(SEED + 1)
    for k in range(count):
        n = rng.randint(2, 12)
        t = rng.randint(-20, 20)
        nums = make_case(rng, n, -10, 10, t, decoy=rng.random() < 0.3)
        check_unique(nums, t)
        got, want = ref(list(nums), t), brute(list(nums), t)
        if got != want:
            print(f"MISMATCH on case {k}: nums={nums} target={t}: solution={got} brute={want}")
            sys.exit(1)
    print(f"stress ok: {count} cases")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stress", type=int, metavar="N")
    args = ap.parse_args()
    ref = load("solution.py", "two_sum")
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
