#!/usr/bin/env python3
"""Seeded generator for redundant-connection (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys
from collections import deque

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 8675309
MAX_N = 2 * 10**4


def check(edges):
    n = len(edges)
    assert 3 <= n <= MAX_N
    seen = set()
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    cycles = 0
    for a, b in edges:
        assert 1 <= a <= n and 1 <= b <= n and a != b
        key = (min(a, b), max(a, b))
        assert key not in seen, key
        seen.add(key)
        ra, rb = find(a), find(b)
        if ra == rb:
            cycles += 1
        else:
            parent[ra] = rb
    assert cycles == 1
    assert len({find(v) for v in range(1, n + 1)}) == 1


def random_tree(rng, n):
    """Edges (parent, child) of a random tree on 1..n, listed in BFS order from its root, so the
    cables added so far always form one connected piece."""
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    children = [[] for _ in range(n)]
    for i in range(1, n):
        # mostly attach near the previous node: deep, path-like trees with long loops
        j = rng.randrange(max(0, i - 3), i) if rng.random() < 0.7 else rng.randrange(i)
        children[j].append(i)
    edges, queue = [], deque([0])
    while queue:
        u = queue.popleft()
        for v in children[u]:
            edges.append([labels[u], labels[v]])
            queue.append(v)
    return edges


def add_extra(rng, edges, position):
    """Insert one extra cable between two random non-adjacent machines at `position`."""
    n = len(edges) + 1
    existing = {(min(a, b), max(a, b)) for a, b in edges}
    while True:
        a, b = rng.sample(range(1, n + 1), 2)
        if (min(a, b), max(a, b)) not in existing:
            break
    out = [e if rng.random() < 0.5 else [e[1], e[0]] for e in edges]
    out.insert(position, [a, b])
    return out


def build(ex, rng):
    def case(name, edges):
        check(edges)
        return ex.case(name, edges)

    samples = [
        case("sample-1", [[1, 2], [1, 3], [2, 3]]),
        case("sample-2", [[1, 2], [2, 3], [3, 4], [1, 4], [1, 5]]),
        case("sample-3", [[4, 5], [1, 2], [2, 3], [3, 1], [3, 4]]),
    ]
    hidden = [
        case("triangle-reversed-pairs", [[3, 2], [3, 1], [2, 1]]),
        case("triangle-answer-first-listed-pair", [[2, 3], [1, 3], [1, 2]]),
        case("square-whole-graph", [[1, 4], [3, 4], [1, 2], [2, 3]]),
        case("loop-listed-first-then-tree", [[1, 2], [2, 3], [3, 1], [3, 4], [4, 5], [5, 6], [2, 7]]),
        case("branch-listed-last", [[1, 2], [2, 3], [1, 3], [3, 4], [4, 5], [5, 6]]),
        case("busy-branch-machine", [[5, 6], [1, 2], [2, 3], [3, 4], [4, 1], [4, 5], [6, 7]]),
        case("relink-trap", [[1, 2], [3, 2], [4, 3], [1, 4], [5, 1]]),
        case("loop-through-high-labels", [[6, 5], [1, 2], [2, 6], [5, 4], [4, 3], [1, 3]]),
        case("star-plus-leaf-cable", [[1, 2], [1, 3], [1, 4], [1, 5], [4, 5], [1, 6]]),
    ]
    for k in range(4):
        n = rng.randint(6, 30)
        tree = random_tree(rng, n)
        hidden.append(case(f"random-small-{k}", add_extra(rng, tree, rng.randint(0, n - 1))))
    tree = random_tree(rng, 600)
    hidden.append(case("random-medium", add_extra(rng, tree, 580)))
    n = MAX_N
    # a path 1-2-...-n and the cable closing it: the loop is the whole network
    hidden.append(case("max-whole-path-loop", [[i, i + 1] for i in range(1, n)] + [[n, 1]]))
    tree = random_tree(rng, n)
    hidden.append(case("max-random-late-loop", add_extra(rng, tree, n - 40)))
    # a long loop closed near the start of the list, followed by a long tail
    half = n // 2
    loop = [[i + 1, i] for i in range(1, half)] + [[1, half]]
    tail = [[i, i + 1] for i in range(half, n)]
    hidden.append(case("max-loop-then-long-tail", loop + tail))
    # a star whose hub is always written on the same side, the loop closed by the very last
    # cable: a union-find that neither compresses paths nor balances trees keeps the hub at the
    # bottom of a chain that grows with every cable, and walks it for every cable
    hidden.append(case("max-star-hub-first", [[1, v] for v in range(2, n + 1)] + [[2, 3]]))
    hidden.append(case("max-star-hub-last", [[v, 1] for v in range(2, n + 1)] + [[3, 2]]))
    return samples, hidden


def small(rng):
    n = rng.randint(3, 9)
    tree = random_tree(rng, n)
    edges = add_extra(rng, tree, rng.randint(0, n - 1))
    rng.shuffle(edges)
    # a shuffled order may list a cable before the piece it hangs from: still a valid input
    return (edges,)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/search_before_each_edge.py")
