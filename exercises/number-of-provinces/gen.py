#!/usr/bin/env python3
"""Seeded generator for number-of-provinces (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4242
MAX_N = 2 * 10**4
MAX_M = 2 * 10**4


def check(n, roads):
    assert 1 <= n <= MAX_N and len(roads) <= MAX_M, (n, len(roads))
    for a, b in roads:
        assert 0 <= a < n and 0 <= b < n and a != b, (a, b)


def flip(rng, roads):
    """List each road in a random direction."""
    return [[a, b] if rng.random() < 0.5 else [b, a] for a, b in roads]


def random_forest_plus(rng, n, groups, extra):
    """`groups` provinces over a shuffled labelling: a random spanning tree in each group, plus
    `extra` roads inside groups (cycles and repeats)."""
    labels = list(range(n))
    rng.shuffle(labels)
    cuts = sorted(rng.sample(range(1, n), groups - 1)) if groups > 1 else []
    parts, prev = [], 0
    for c in cuts + [n]:
        parts.append(labels[prev:c])
        prev = c
    roads = []
    for part in parts:
        for i in range(1, len(part)):
            roads.append([part[rng.randrange(i)], part[i]])
    big = [p for p in parts if len(p) >= 2]
    for _ in range(extra):
        part = rng.choice(big)
        a, b = rng.sample(part, 2)
        roads.append([a, b])
    rng.shuffle(roads)
    return flip(rng, roads)


def build(ex, rng):
    def case(name, n, roads):
        check(n, roads)
        return ex.case(name, n, roads)

    samples = [
        case("sample-1", 5, [[0, 1], [1, 2], [3, 4]]),
        case("sample-2", 4, []),
        case("sample-3", 4, [[0, 1], [1, 2], [2, 0], [1, 0]]),
    ]
    hidden = [
        case("one-city", 1, []),
        case("two-cities-one-road", 2, [[1, 0]]),
        case("repeated-road", 2, [[0, 1], [1, 0], [0, 1]]),
        case("two-cities-apart", 2, []),
        case("chain-of-three", 3, [[0, 1], [1, 2]]),
        case("chain-reversed-links", 4, [[0, 1], [2, 1], [3, 2]]),
        case("two-triangles", 7, [[0, 1], [1, 2], [2, 0], [4, 5], [5, 6], [6, 4]]),
        case("square-plus-diagonals", 5, [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2], [1, 3]]),
        case("star-from-leaf-side", 6, [[1, 0], [2, 0], [3, 0], [4, 0], [5, 0]]),
        case("merge-two-stars", 8, [[1, 0], [2, 0], [3, 0], [5, 4], [6, 4], [7, 4], [3, 7]]),
        case("last-city-only", 6, [[0, 1], [2, 3], [4, 3], [1, 2]]),
    ]
    for k in range(4):
        n = rng.randint(8, 40)
        hidden.append(case(f"random-small-{k}", n, random_forest_plus(rng, n, rng.randint(1, n // 2), rng.randint(0, n))))
    n = 1000
    hidden.append(case("random-medium", n, random_forest_plus(rng, n, 37, 400)))
    hidden.append(case("complete-graph", 100, [[a, b] for a in range(100) for b in range(a + 1, 100)]))
    # a chain in label order, the roads listed from its far end
    hidden.append(case("chain-backwards", 3000, [[i + 1, i] for i in reversed(range(2999))]))
    hidden.append(case("star", 3000, flip(rng, [[0, v] for v in range(1, 3000)])))
    hidden.append(case("max-n-no-roads", MAX_N, []))
    # a single chain through all cities: 20,000 levels deep for a recursive search
    order = list(range(MAX_N))
    rng.shuffle(order)
    hidden.append(case("max-chain-shuffled", MAX_N, [[order[i], order[i + 1]] for i in range(MAX_N - 1)]))
    hidden.append(case("max-random-few-provinces", MAX_N, random_forest_plus(rng, MAX_N, 3, 3)))
    hidden.append(case("max-random-many-provinces", MAX_N, random_forest_plus(rng, MAX_N, 9000, 9000)))
    # a star whose hub is always listed on the same side: a union-find that neither compresses
    # paths nor balances trees hangs the whole tree under each new leaf (or keeps the hub at the
    # bottom of an ever longer chain), and walks that chain again for every road
    hidden.append(case("max-star-hub-first", MAX_N, [[0, v] for v in range(1, MAX_N)]))
    hidden.append(case("max-star-hub-last", MAX_N, [[v, 0] for v in range(1, MAX_N)]))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 9)
    roads = []
    if n >= 2:
        for _ in range(rng.randint(0, 12)):
            a, b = rng.sample(range(n), 2)
            roads.append([a, b])
    return n, roads


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/relabel_all.py")
