#!/usr/bin/env python3
"""Seeded generator for network-delay-time (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 1999
MAX_N = 3 * 10**4
MAX_M = 3 * 10**4
MAX_W = 10**9


def check(times, n, k):
    assert 1 <= n <= MAX_N and 0 <= len(times) <= MAX_M and 1 <= k <= n
    for u, v, w in times:
        assert 1 <= u <= n and 1 <= v <= n and u != v and 0 <= w <= MAX_W


def relabel(rng, n, k, edges, keep_order=False):
    """Rename the nodes at random (and shuffle the list unless keep_order)."""
    names = list(range(1, n + 1))
    rng.shuffle(names)
    out = [[names[u - 1], names[v - 1], w] for u, v, w in edges]
    if not keep_order:
        rng.shuffle(out)
    return out, n, names[k - 1]


def random_graph(rng, n, m, lo, hi, reach_all=True):
    """A random spanning arborescence from node 1 (if reach_all) plus random links."""
    edges = []
    if reach_all:
        for v in range(2, n + 1):
            edges.append([rng.randint(max(1, v - 5), v - 1) if rng.random() < 0.5 else rng.randint(1, v - 1),
                          v, rng.randint(lo, hi)])
    while len(edges) < m:
        u, v = rng.sample(range(1, n + 1), 2)
        edges.append([u, v, rng.randint(lo, hi)])
    return relabel(rng, n, 1, edges)


def ladder(rng, size):
    """Expensive direct links from 1 to every node, and a cheap path 1 -> 2 -> ... -> size:
    a node marked final when first pushed keeps its expensive time."""
    edges = [[1, v, MAX_W] for v in range(2, size + 1)]
    edges += [[v, v + 1, rng.randint(0, 3)] for v in range(1, size)]
    return edges


def lazy_trap(rng, feeders, fanout):
    """Node 1 reaches feeders f_1..f_F at times 1..F; f_i reaches the hub at time 3F - i, so
    every feeder, popped in turn, improves the hub once more: the hub is pushed F times. The hub
    has `fanout` outgoing links, scanned again at every stale pop unless stale entries are
    skipped."""
    hub = feeders + 2
    edges = []
    for i in range(1, feeders + 1):
        edges.append([1, 1 + i, i])
        edges.append([1 + i, hub, 3 * feeders - 2 * i])
    for j in range(fanout):
        edges.append([hub, hub + 1 + j, rng.randint(1, 9)])
    return edges, hub + fanout


def backward_chain(rng, n, m, lo, hi):
    """A path through every node in random order, listed from its far end, local shortcuts
    that do not help much and long links too expensive to help: shortest paths use thousands
    of links, and each Bellman-Ford round advances only a few of them."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    chain = [[order[i], order[i + 1], rng.randint(lo, hi)] for i in range(n - 1)]
    chain.reverse()
    extra = []
    for _ in range(m - len(chain)):
        i = rng.randrange(n)
        if rng.random() < 0.5:
            j = min(n - 1, max(0, i + rng.randint(-20, 20)))
            if i == j:
                j = (i + 1) % n
            extra.append([order[i], order[j], rng.randint(20 * hi, 40 * hi)])
        else:
            j = rng.randrange(n)
            if j == i:
                j = (i + 1) % n
            extra.append([order[i], order[j], rng.randint(n * hi, n * hi + 10**6)])
    rng.shuffle(extra)
    out = []
    per = len(extra) // len(chain) + 1
    for i, e in enumerate(chain):
        out.append(e)
        out.extend(extra[i * per:(i + 1) * per])
    return out, n, order[0]


def build(ex, rng):
    def case(name, times, n, k):
        check(times, n, k)
        return ex.case(name, times, n, k)

    samples = [
        case("sample-1", [[1, 2, 5], [1, 3, 2], [3, 2, 1], [2, 4, 1]], 4, 1),
        case("sample-2", [[1, 2, 1]], 2, 2),
        case("sample-3", [[3, 1, MAX_W], [1, 2, MAX_W], [2, 4, MAX_W]], 4, 3),
    ]
    hidden = [
        case("single-node", [], 1, 1),
        case("two-nodes-no-link", [], 2, 1),
        case("one-link-forward", [[1, 2, 7]], 2, 1),
        case("zero-delays", [[2, 1, 0], [1, 3, 0], [3, 4, 0]], 4, 2),
        case("parallel-links", [[1, 2, 9], [1, 2, 4], [1, 2, 6], [2, 3, 1], [2, 3, 0]], 3, 1),
        case("cheaper-with-more-links", [[1, 4, 10], [1, 2, 1], [2, 3, 1], [3, 4, 1], [4, 5, 1]], 5, 1),
        case("backward-link-does-not-help", [[1, 2, 100], [3, 2, 1], [1, 3, 50], [2, 3, 1]], 3, 1),
        case("one-node-unreachable", [[1, 2, 1], [2, 3, 1], [4, 1, 1], [3, 1, 1]], 4, 1),
        case("source-in-the-middle", [[3, 2, 4], [3, 4, 6], [2, 1, 5], [4, 5, 1], [1, 3, 1]], 5, 3),
        case("max-delay-single-link", [[2, 1, MAX_W]], 2, 2),
        case("answer-not-the-deepest-node", [[1, 2, 1], [2, 3, 1], [3, 4, 1], [1, 5, 100]], 5, 1),
    ]
    for kk in range(4):
        n = rng.randint(5, 12)
        times, n, k = random_graph(rng, n, rng.randint(n - 1, 3 * n), 0, 20, reach_all=kk != 3)
        hidden.append(case(f"random-small-{kk}", times, n, k))
    times, n, k = relabel(rng, 300, 1, ladder(rng, 300))
    hidden.append(case("ladder", times, n, k))
    times, n, k = random_graph(rng, 2000, 6000, 0, MAX_W)
    hidden.append(case("random-medium-huge-delays", times, n, k))
    # a chain of 1500 links of about 10^9 each: times near 1.5 * 10^12
    n = 1500
    chain = [[v, v + 1, MAX_W - rng.randint(0, 3)] for v in range(1, n)]
    for _ in range(500):  # links back towards the start never help
        u, v = sorted(rng.sample(range(1, n + 1), 2))
        chain.append([v, u, rng.randint(0, MAX_W)])
    times, n, k = relabel(rng, n, 1, chain)
    hidden.append(case("long-chain-huge-delays", times, n, k))
    # 12 000 links of nearly 10^9 each: the answer passes 10^13, so INF = 10**13 is too small
    n = 12000
    chain = [[v, v + 1, MAX_W - rng.randint(0, 3)] for v in range(1, n)]
    times, n, k = relabel(rng, n, 1, chain)
    hidden.append(case("chain-past-ten-to-the-13", times, n, k))
    times, n, k = random_graph(rng, MAX_N, 400, 1, 100, reach_all=False)
    hidden.append(case("max-n-mostly-unreachable", times, n, k))
    # source n, direct links n -> i that get cheaper as i grows, and a chain of cheap links
    # n -> n-1 -> ... -> 1: a queue ordered by node NUMBER instead of time re-improves nodes
    # j-1, ..., 1 after each node j, O(n^2) pops (Dijkstra pops every node once)
    n = 4000
    times = [[n, i, 10**6 - 2 * i] for i in range(1, n - 1)] + [[i + 1, i, 1] for i in range(1, n)]
    rng.shuffle(times)
    hidden.append(case("cascade-of-improvements", times, n, n))
    edges, n = lazy_trap(rng, 7500, MAX_M - 15000)
    times, n, k = relabel(rng, n, 1, edges)
    hidden.append(case("max-hub-pushed-many-times", times, n, k))
    times, n, k = backward_chain(rng, 15000, 20000, 1, 10)
    hidden.append(case("max-chain-listed-backwards", times, n, k))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 7)
    times = []
    if n >= 2:
        for _ in range(rng.randint(0, 14)):
            u, v = rng.sample(range(1, n + 1), 2)
            times.append([u, v, rng.choice([0, rng.randint(0, 10), rng.randint(0, MAX_W)])])
    return times, n, rng.randint(1, n)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/bellman_ford.py")
