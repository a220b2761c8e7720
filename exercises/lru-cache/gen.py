#!/usr/bin/env python3
"""Seeded generator for lru-cache (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 7301


def random_ops(rng, capacity, calls, key_hi, p_get=0.5, value_hi=10**9, prefill=0):
    """prefill new-key puts first (at most capacity), then `calls` random get/put calls
    drawing keys from [0, key_hi]."""
    ops, args = ["LRUCache"], [[capacity]]
    keys = rng.sample(range(key_hi + 1), prefill)
    for k in keys:
        ops.append("put")
        args.append([k, rng.randint(0, value_hi)])
    for _ in range(calls):
        # Mostly reuse keys already seen (hits, updates), sometimes try fresh ones.
        if keys and rng.random() < 0.7:
            k = keys[rng.randrange(max(0, len(keys) - 2 * capacity), len(keys))]
        else:
            k = rng.randint(0, key_hi)
            keys.append(k)
        if rng.random() < p_get:
            ops.append("get")
            args.append([k])
        else:
            ops.append("put")
            args.append([k, rng.randint(0, value_hi)])
    return ops, args


def parse(calls):
    """'put 1 10, get 1' -> ops, args (without the constructor)."""
    ops, args = [], []
    for call in calls.split(","):
        name, *nums = call.split()
        ops.append(name)
        args.append([int(x) for x in nums])
    return ops, args


def build(ex, rng):

    def case(name, ops, args):
        assert len(ops) == len(args) and ops[0] == "LRUCache"
        return ex.case(name, ops, args)

    def hand(name, capacity, calls):
        ops, args = parse(calls)
        return case(name, ["LRUCache"] + ops, [[capacity]] + args)

    samples = [
        hand("sample-1", 2, "put 1 10, put 2 20, get 1, put 3 30, get 2, put 4 40, get 1, get 3, get 4"),
        hand("sample-2", 2, "put 5 1, put 6 2, put 5 3, put 7 4, get 5, get 6"),
        hand("sample-3", 1, "put 8 80, get 8, put 9 90, get 8, get 9"),
    ]
    B = 10**9
    hidden = [
        case("only-constructor", ["LRUCache"], [[3]]),
        hand("get-on-empty", 2, "get 0, get 100000"),
        hand("key-zero-value-zero", 2, "put 0 0, get 0, put 1 0, get 1, get 2"),
        hand("capacity-1", 1, "put 1 1, put 2 2, get 1, get 2, put 2 5, get 2, put 3 3, get 2, get 3"),
        hand("capacity-1-same-key", 1, "put 4 1, put 4 2, put 4 3, get 4, get 5, get 4"),
        hand("put-update-refreshes", 2, "put 1 1, put 2 2, put 1 10, put 3 3, get 1, get 2, get 3"),
        hand("put-update-refreshes-2", 3,
             "put 1 1, put 2 2, put 3 3, put 1 11, put 2 22, put 4 4, get 3, get 1, get 2, get 4"),
        hand("get-refreshes", 2, "put 1 1, put 2 2, get 1, put 3 3, get 2, get 1, get 3"),
        hand("get-refreshes-2", 3,
             "put 1 1, put 2 2, put 3 3, get 1, get 2, put 4 4, get 3, get 1, get 2, get 4, put 5 5, get 1"),
        hand("missed-get-does-not-refresh", 2, "put 1 1, put 2 2, get 3, put 3 3, get 1, get 2, get 3"),
        hand("update-does-not-grow", 2, "put 1 1, put 1 2, put 1 3, put 2 2, get 1, get 2"),
        hand("no-eviction-needed", 5, "put 1 1, put 2 2, put 3 3, get 1, get 2, get 3, put 2 20, get 2"),
        hand("large-values", 2, f"put 100000 {B}, put 99999 {B - 1}, get 100000, put 0 {B}, get 99999, get 0"),
        hand("evict-all-in-order", 3, "put 1 1, put 2 2, put 3 3, put 4 4, put 5 5, put 6 6, get 1, get 2, get 3, get 4, get 5, get 6"),
    ]
    for k in range(4):
        cap = rng.randint(1, 4)
        ops, args = random_ops(rng, cap, rng.randint(20, 40), rng.randint(3, 8), value_hi=20)
        hidden.append(case(f"random-small-{k}", ops, args))
    for k in range(3):
        cap = rng.randint(10, 200)
        ops, args = random_ops(rng, cap, rng.randint(500, 3000), 3 * cap, p_get=0.3 + 0.2 * k)
        hidden.append(case(f"random-medium-{k}", ops, args))
    # Large cases: a linear scan over the cached entries costs O(capacity) per call.
    ops, args = random_ops(rng, 50000, 25000, 10**5, p_get=0.55, value_hi=99, prefill=45000)
    hidden.append(case("large-mixed", ops, args))
    ops, args = ["LRUCache"], [[30000]]
    for k in range(60000):  # every put after the first 30000 evicts; gets of evicted keys miss
        ops.append("put")
        args.append([(k * 7919) % 100001, k % 10])
        if k % 6 == 5:
            ops.append("get")
            args.append([((k - rng.randint(0, 40000)) * 7919) % 100001])
    hidden.append(case("large-evict-every-put", ops, args))
    ops, args = random_ops(rng, 40000, 30000, 10**5, p_get=0.8, value_hi=99, prefill=40000)
    hidden.append(case("large-read-heavy", ops, args))
    return samples, hidden


def small(rng):
    cap = rng.randint(1, 5)
    return random_ops(rng, cap, rng.randint(1, 30), rng.randint(1, 10), value_hi=9)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/brute.py")
