#!/usr/bin/env python3
"""Seeded generator for course-schedule (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 2718
MAX_N = 10**5
MAX_CHAIN = 2 * 10**4
MAX_M = 2 * 10**4


def check(n, pre):
    assert 1 <= n <= MAX_N and 0 <= len(pre) <= MAX_M
    for a, b in pre:
        assert 0 <= a < n and 0 <= b < n


def random_dag(rng, n, m, local=None):
    """m pairs [a, b] with b before a in a hidden random order (so no loop)."""
    rank = list(range(n))
    rng.shuffle(rank)  # rank[i]: the course at position i of a valid order
    pre = []
    for _ in range(m):
        i = rng.randrange(n - 1)
        j = rng.randint(i + 1, min(n - 1, i + local)) if local else rng.randint(i + 1, n - 1)
        pre.append([rank[j], rank[i]])
    return pre


def build(ex, rng):
    def case(name, n, pre):
        check(n, pre)
        return ex.case(name, n, pre)

    samples = [
        case("sample-1", 4, [[1, 0], [2, 0], [3, 1], [3, 2]]),
        case("sample-2", 2, [[0, 1], [1, 0]]),
        case("sample-3", 5, [[0, 3], [2, 4]]),
    ]
    hidden = [
        case("one-course", 1, []),
        case("course-requires-itself", 1, [[0, 0]]),
        case("self-loop-among-others", 4, [[1, 0], [2, 2], [3, 1]]),
        case("no-prerequisites", 6, []),
        case("reverse-chain", 5, [[0, 1], [1, 2], [2, 3], [3, 4]]),
        case("duplicate-pairs", 3, [[2, 0], [2, 0], [1, 2], [2, 0]]),
        case("duplicate-pair-plus-another", 4, [[1, 0], [1, 0], [1, 3], [3, 2], [2, 0]]),
        case("small-freed-late", 6, [[0, 5], [1, 4], [2, 3]]),
        case("diamond", 4, [[3, 1], [3, 2], [1, 0], [2, 0]]),
        case("triangle-loop", 3, [[0, 1], [1, 2], [2, 0]]),
        case("loop-behind-free-courses", 7, [[1, 0], [2, 1], [5, 6], [6, 4], [4, 5], [3, 2]]),
        case("loop-blocks-a-dependant", 5, [[1, 2], [2, 1], [0, 3], [4, 1]]),
        case("two-roots-interleave", 8, [[7, 0], [1, 7], [6, 2], [3, 6], [5, 1], [4, 3]]),
    ]
    for k in range(4):
        n = rng.randint(6, 25)
        pre = random_dag(rng, n, rng.randint(0, 2 * n))
        if k % 2 == 1:
            a, b = rng.sample(pre, 1)[0]
            pre.append([b, a])  # one pair reversed: a loop
        rng.shuffle(pre)
        hidden.append(case(f"random-small-{k}", n, pre))
    hidden.append(case("random-medium", 800, random_dag(rng, 800, 1500)))
    pre = random_dag(rng, 800, 1500, local=5)
    a, b = pre[-1]
    pre.append([b, a])
    rng.shuffle(pre)
    hidden.append(case("random-medium-with-loop", 800, pre))
    n = MAX_CHAIN
    # course i needs course i + 1: the order is n - 1, n - 2, ..., 0
    hidden.append(case("max-reverse-chain", n, [[i, i + 1] for i in range(n - 1)]))
    pre = random_dag(rng, n, MAX_M, local=3)
    rng.shuffle(pre)
    hidden.append(case("max-random-deep", n, pre))
    # a long chain that can be completed, and a loop of three courses that never can
    chain = [[i, i + 1] for i in range(n - 4)]
    loop = [[n - 3, n - 1], [n - 2, n - 3], [n - 1, n - 2]]
    hidden.append(case("max-chain-and-a-loop", n, chain + loop))
    # most courses are free from the start: keeping the available courses in a list and taking
    # its minimum (or sorting it) at every step costs O(n) per course, O(n^2) in all
    n = 50000
    pre = []
    for _ in range(8000):
        a, b = rng.sample(range(n), 2)
        pre.append([max(a, b), min(a, b)])
    hidden.append(case("many-free-courses", n, pre))
    # the same with every course free but two that wait for each other: the loop only shows
    # once all the others are taken
    hidden.append(case("max-n-free-courses-and-a-loop", MAX_N, [[MAX_N - 1, MAX_N - 2], [MAX_N - 2, MAX_N - 1]]))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 8)
    pre = []
    for _ in range(rng.randint(0, 10)):
        if rng.random() < 0.5:
            # a forward pair in label order: keeps many cases loop-free
            a, b = sorted([rng.randrange(n), rng.randrange(n)], reverse=True)
            if a == b and rng.random() < 0.8:
                continue
        else:
            a, b = rng.randrange(n), rng.randrange(n)
        pre.append([a, b])
    return n, pre


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/scan_for_smallest.py")
