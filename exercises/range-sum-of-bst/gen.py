#!/usr/bin/env python3
"""Seeded generator for range-sum-of-bst (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 8086
TOP = 10**9
N = 10**4


class Node:
    def __init__(self, val):
        self.val = val
        self.left = None
        self.right = None


def bst_from_keys(keys):
    """Insert keys in the given order (iteratively) into an empty BST."""
    root = None
    for k in keys:
        if root is None:
            root = Node(k)
            continue
        node = root
        while True:
            side = "left" if k < node.val else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(k))
                break
            node = child
    return root


def to_level_order(root):
    out, queue, qi = [], [root], 0
    while qi < len(queue):
        node = queue[qi]
        qi += 1
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def zigzag(lo, hi, n):
    """A chain lo -> hi -> lo+1 -> hi-1 -> ... (right, left, right, ...): a valid BST path."""
    keys = []
    a, b = lo, hi
    for i in range(n):
        if i % 2 == 0:
            keys.append(a)
            a += 1
        else:
            keys.append(b)
            b -= 1
    return bst_from_keys(keys)


def check(values, low, high):
    """Valid BST with distinct values within the bounds; returns (node count, height)."""
    assert values and values[0] is not None
    nodes = [Node(values[0])]
    bounds = [(-TOP - 1, TOP + 1)]
    depth = [1]
    qi, i = 0, 1
    while i < len(values):
        parent, (lo, hi), d = nodes[qi], bounds[qi], depth[qi]
        qi += 1
        for k, (a, b) in enumerate(((lo, parent.val), (parent.val, hi))):
            if i < len(values):
                v = values[i]
                if v is not None:
                    assert a < v < b, (v, a, b)
                    nodes.append(Node(v))
                    bounds.append((a, b))
                    depth.append(d + 1)
                i += 1
    assert -TOP <= low <= high <= TOP
    return len(nodes), max(depth)


def brute(values, low, high):
    return sum(v for v in values if v is not None and low <= v <= high)


def build(ex, rng):
    def case(name, tree, low, high):
        values = tree if isinstance(tree, list) else to_level_order(tree)
        n, _ = check(values, low, high)
        assert n <= N, name
        return ex.case(name, values, low, high)

    def random_bst(n, lo, hi):
        return bst_from_keys(rng.sample(range(lo, hi + 1), n))

    samples = [
        case("sample-1", [10, 5, 20, 2, 8, 15, 30], 8, 15),
        case("sample-2", [4, 1, 9, None, 3, 6], 2, 5),
        case("sample-3", [-5, -10, 0], 1, 50),
    ]
    t = [10, 5, 20, 2, 8, 15, 30]
    hidden = [
        case("single-node-inside", [7], 7, 7),
        case("single-node-outside", [7], 8, 100),
        case("low-equals-high-hit", t, 20, 20),
        case("low-equals-high-miss", t, 9, 9),
        case("bounds-are-leaves", t, 2, 30),
        case("range-covers-all", t, -TOP, TOP),
        case("range-below-all", t, -TOP, 1),
        case("range-above-all", t, 31, TOP),
        case("range-in-gap", t, 11, 14),
        case("only-right-subtree", t, 12, 40),
        case("only-left-subtree", t, 1, 9),
        case("root-only-in-range", [10, 5, 20, 2, 8, 15, 30], 9, 14),
        case("negatives", [-20, -40, -5, -50, -30, -10, -1], -30, -5),
        case("extreme-values", [0, -TOP, TOP], -TOP, TOP),
        case("extreme-bounds-one-side", [0, -TOP, TOP], -TOP, -TOP),
        case("left-leaning-small", [5, 4, None, 3, None, 2, None, 1], 2, 4),
        case("right-leaning-small", [1, None, 2, None, 3, None, 4, None, 5], 2, 4),
    ]
    for k in range(4):
        tree = random_bst(rng.randint(3, 15), -20, 20)
        a, b = sorted(rng.randint(-22, 22) for _ in range(2))
        hidden.append(case(f"random-small-{k}", tree, a, b))
    for k in range(2):
        tree = random_bst(rng.randint(500, 3000), -TOP, TOP)
        a, b = sorted(rng.randint(-TOP, TOP) for _ in range(2))
        hidden.append(case(f"random-medium-{k}", tree, a, b))
    # Large and deep: chains of 10^4 nodes, the range forcing a walk down the whole chain.
    hidden.append(case("deep-right-chain-full-range", bst_from_keys(range(1, N + 1)), 1, N))
    hidden.append(case("deep-left-chain-range-at-bottom", bst_from_keys(range(N, 0, -1)), 1, 3))
    hidden.append(case("deep-zigzag-chain", zigzag(-TOP, TOP, 10**4), -TOP + 100, TOP - 100))
    big = random_bst(N, -TOP, TOP)
    a, b = sorted(rng.randint(-TOP // 2, TOP // 2) for _ in range(2))
    hidden.append(case("max-n-random", big, a, b))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 10)
    keys = rng.sample(range(-12, 13), n)
    a, b = sorted(rng.randint(-14, 14) for _ in range(2))
    return to_level_order(bst_from_keys(keys)), a, b


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
