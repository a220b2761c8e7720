#!/usr/bin/env python3
"""Seeded generator for dijkstra-shortest-paths (see tools/gen/genlib.py for the command line)."""
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 31337

SAMPLES = [
    "5 6 1\n1 2 4\n1 3 1\n3 2 2\n2 4 5\n3 4 10\n5 1 3\n",
    "4 5 2\n2 1 1000000000\n1 3 1000000000\n3 4 1000000000\n2 2 0\n4 2 7\n",
]

MAX_W = 10**9

Edge = tuple[int, int, int]


def render(n: int, s: int, edges: list[Edge]) -> str:
    lines = [f"{n} {len(edges)} {s}"]
    lines += [f"{u} {v} {w}" for u, v, w in edges]
    return "\n".join(lines) + "\n"


def random_edges(rng: random.Random, n: int, m: int, lo: int, hi: int) -> list[Edge]:
    return [(rng.randint(1, n), rng.randint(1, n), rng.randint(lo, hi)) for _ in range(m)]


def ladder(rng: random.Random, k: int) -> list[Edge]:
    """A cheap path 1 -> 2 -> ... -> k plus expensive direct roads from 1 to every node.

    The direct roads are seen first, so marking nodes done when pushed keeps their cost."""
    edges = [(1, v, MAX_W) for v in range(2, k + 1)]
    edges += [(v, v + 1, rng.randint(0, 3)) for v in range(1, k)]
    return edges


def hidden_chain(rng: random.Random, n: int, m: int) -> tuple[int, list[Edge]]:
    """A path visiting every node in a random order, local shortcuts along it, and long roads
    too expensive to ever help.

    Shortest paths still use thousands of roads, so Bellman-Ford needs thousands of rounds; the
    path's roads are listed from its end backwards, so each round settles only a few nodes."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    chain = [(order[i], order[i + 1], rng.randint(1, 10)) for i in range(n - 1)]
    chain.reverse()
    extra = []
    for _ in range(m - len(chain)):
        i = rng.randint(0, n - 1)
        if rng.random() < 0.5:
            j = min(n - 1, max(0, i + rng.randint(-30, 30)))
            extra.append((order[i], order[j], rng.randint(1, 300)))
        else:
            extra.append((order[i], rng.randint(1, n), rng.randint(10**5, 10**6)))
    rng.shuffle(extra)
    # spread the backwards path among the other roads, keeping its order
    out: list[Edge] = []
    per = len(extra) // len(chain) + 1
    for i, e in enumerate(chain):
        out.append(e)
        out.extend(extra[i * per:(i + 1) * per])
    return order[0], out


def forward_chain(rng: random.Random, n: int, m: int) -> list[Edge]:
    """Path 1 -> 2 -> ... -> n (listed backwards), forward jumps that are always slightly worse
    than walking, and backward roads that never help."""
    step = [0] + [rng.randint(1, 9) for _ in range(n - 1)]  # step[i]: road i -> i + 1
    prefix = [0] * (n + 1)
    for i in range(1, n):
        prefix[i + 1] = prefix[i] + step[i]
    edges = [(i, i + 1, step[i]) for i in range(n - 1, 0, -1)]
    while len(edges) < m:
        u = rng.randint(1, n - 1)
        if rng.random() < 0.5:
            v = min(n, u + rng.randint(2, 8))
            edges.append((u, v, prefix[v] - prefix[u] + rng.randint(1, 3)))
        else:
            v = rng.randint(1, u)
            edges.append((u, v, rng.randint(0, 99)))
    head, tail = edges[:n - 1], edges[n - 1:]
    rng.shuffle(tail)
    # spread the backwards path among the other roads, keeping its order
    out: list[Edge] = []
    per = len(tail) // len(head) + 1
    for i, e in enumerate(head):
        out.append(e)
        out.extend(tail[i * per:(i + 1) * per])
    return out


def hidden_cases(rng: random.Random) -> list[str]:
    cases = []
    # 01: a single junction, no roads
    cases.append(render(1, 1, []))
    # 02: a single junction with loops
    cases.append(render(1, 1, [(1, 1, 5), (1, 1, 0), (1, 1, MAX_W)]))
    # 03: nothing reachable but the start, which is the last junction
    cases.append(render(2, 2, []))
    # 04: roads are one-way: all of them point towards the start
    cases.append(render(4, 1, [(2, 1, 1), (3, 2, 1), (4, 3, 1), (4, 1, 9)]))
    # 05: zero weights everywhere
    cases.append(render(30, 7, random_edges(rng, 30, 60, 0, 0)))
    # 06: parallel roads with different weights, loops, duplicates
    edges = [(1, 2, 9), (1, 2, 3), (1, 2, 3), (2, 2, 0), (2, 3, 1), (2, 3, 7), (3, 1, 0),
             (3, 3, 4), (1, 4, 100), (3, 4, 50), (3, 4, 96)]
    rng.shuffle(edges)
    cases.append(render(5, 1, edges))
    # 07: an expensive direct road against a cheap path with many roads
    cases.append(render(12, 1, ladder(rng, 12)))
    # 08: small random graph, weights 1..100 (fewest roads is not cheapest)
    cases.append(render(50, 1, random_edges(rng, 50, 200, 1, 100)))
    # 09: medium random graph, full weight range, some junctions unreachable
    n = 1000
    edges = random_edges(rng, 900, 5000, 0, MAX_W)
    cases.append(render(n, rng.randint(1, 900), edges))
    # 10: a long path of maximum weights: times near 10^12
    n = 1000
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = [(order[i], order[i + 1], MAX_W) for i in range(n - 1)]
    rng.shuffle(edges)
    cases.append(render(n, order[0], edges))
    # 11: maximum n: a random tree from s over part of the junctions, the rest unreachable
    n = 200000
    nodes = rng.sample(range(1, n + 1), 10000)
    edges = [(nodes[rng.randint(max(0, i - 50), i - 1)], nodes[i], rng.randint(0, 10**6))
             for i in range(1, len(nodes))]
    edges += [(rng.choice(nodes), rng.randint(1, n), rng.randint(0, 10**6)) for _ in range(5000)]
    rng.shuffle(edges)
    cases.append(render(n, nodes[0], edges))
    # 12: the ladder at scale
    cases.append(render(12000, 1, ladder(rng, 12000)))
    # 13: dense graph on few junctions: many improvements per junction
    n = 250
    edges = random_edges(rng, n, 30000, 0, 10**6)
    cases.append(render(n, rng.randint(1, n), edges))
    # 14: layered graph with many equal-cost paths (ties)
    layers, width = 400, 20
    n = layers * width + 1
    edges = [(1, 1 + j, rng.randint(0, 2)) for j in range(1, width + 1)]
    for layer in range(layers - 1):
        base = 1 + layer * width
        for j in range(1, width + 1):
            for k in rng.sample(range(1, width + 1), 3):
                edges.append((base + j, base + width + k, rng.randint(0, 2)))
    rng.shuffle(edges)
    cases.append(render(n, 1, edges))
    # 15-16: long shortest paths (thousands of roads): Bellman-Ford needs thousands of rounds
    cases.append(render(9999, 1, forward_chain(rng, 9999, 100000)))
    s, edges = hidden_chain(rng, 9999, 80000)
    cases.append(render(9999, s, edges))
    return cases


def small_case(rng: random.Random) -> str:
    n = rng.randint(1, 10)
    m = rng.randint(0, 25)
    hi = rng.choice([0, 1, 10, MAX_W])
    return render(n, rng.randint(1, n), random_edges(rng, n, m, 0, hi))


if __name__ == "__main__":
    genlib.StdioExercise(__file__).main(SAMPLES, hidden_cases, SEED, stress=small_case,
                                        brute="submissions/time_limit_exceeded/brute.py")
