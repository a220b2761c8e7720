#!/usr/bin/env python3
"""Seeded generator for the binary-tree-max-path-sum tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 16180
B = 10**9

# ---------------------------------------------------------------- tree shapes
# A shape is a pair of lists (left, right) of child indices (-1 = none); node 0 is the root.


def chain(n, sides):
    """A chain of n nodes; sides(i) is "L" or "R": on which side node i + 1 hangs below node i."""
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        (left if sides(i) == "L" else right)[i] = i + 1
    return left, right


def complete(n):
    """The complete tree of n nodes (heap layout)."""
    left = [2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)]
    right = [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)]
    return left, right


def random_shape(rng, n, deep=0.0):
    """A random shape: each new node takes a random free child slot. With probability `deep`
    it takes one of the newest slots instead, which makes long paths."""
    left, right = [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)] if n else []
    for i in range(1, n):
        if deep and rng.random() < deep:
            k = max(0, len(slots) - 1 - rng.randint(0, 1))
        else:
            k = rng.randrange(len(slots))
        parent, side = slots[k]
        slots[k] = slots[-1]
        slots.pop()
        (left, right)[side][parent] = i
        slots.append((i, 0))
        slots.append((i, 1))
    return left, right


def inorder(shape):
    left, right = shape
    out, stack, node = [], [], 0 if left else -1
    while stack or node != -1:
        while node != -1:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        out.append(node)
        node = right[node]
    return out


def depth_of(shape):
    left, right = shape
    best, stack = 0, [(0, 1)] if left else []
    while stack:
        node, d = stack.pop()
        best = max(best, d)
        for c in (left[node], right[node]):
            if c != -1:
                stack.append((c, d + 1))
    return best


def encode(shape, vals):
    """LeetCode level order of the tree with node i holding vals[i]."""
    left, right = shape
    if not left:
        return []
    out, queue, qi = [], [0], 0
    while qi < len(queue):
        node = queue[qi]
        qi += 1
        if node == -1:
            out.append(None)
            continue
        out.append(vals[node])
        queue.append(left[node])
        queue.append(right[node])
    while out and out[-1] is None:
        out.pop()
    return out


def bst_values(shape, sorted_vals):
    """Values that make the shape a BST: the sorted values in in-order position."""
    vals = [0] * len(shape[0])
    for node, v in zip(inorder(shape), sorted_vals):
        vals[node] = v
    return vals


# ---------------------------------------------------------------- max-path-sum cases


def broom(handle, n):
    """A right-going chain of `handle` nodes whose last node's right child roots a complete
    subtree holding the other n - handle nodes."""
    left, right = [-1] * n, [-1] * n
    for i in range(handle - 1):
        right[i] = i + 1
    m = n - handle
    right[handle - 1] = handle
    for j in range(m):
        if 2 * j + 1 < m:
            left[handle + j] = handle + 2 * j + 1
        if 2 * j + 2 < m:
            right[handle + j] = handle + 2 * j + 2
    return left, right


def vals(rng, n, lo, hi):
    return [rng.randint(lo, hi) for _ in range(n)]


def build(ex, rng):
    samples = [
        ex.case("sample-1", [1, 2, 3]),
        ex.case("sample-2", [-5, 4, 8, None, None, 11, -2]),
        ex.case("sample-3", [-7]),
    ]
    hidden = [
        ex.case("single-maximum", [B]),
        ex.case("single-minimum", [-B]),
        ex.case("all-negative-small", [-3, -1, -2]),
        ex.case("all-minimum", [-B, -B, -B, -B]),
        ex.case("zero-is-best", [0, -1, -1]),
        ex.case("negative-root-two-good-sides", [-1, 5, 6]),
        ex.case("very-negative-root", [-B, 5, 6]),
        ex.case("through-negative-node", [10, -1, None, 10]),
        ex.case("skip-negative-child", [5, -10, 3]),
        ex.case("turn-below-root", [1, 2, None, 3, 4]),
        ex.case("turn-below-root-deeper", [2, 8, -20, 6, 7, None, None, 1, 1]),
        ex.case("extreme-values", [B, -B, B, B, None, None, B]),
    ]
    for k in range(5):
        n = rng.randint(5, 40)
        sh = random_shape(rng, n, deep=rng.choice([0, 0.5, 0.8]))
        hidden.append(ex.case(f"random-small-{k}", encode(sh, vals(rng, n, -20, 15))))
    n = 3000
    sh = random_shape(rng, n, deep=0.7)
    hidden.append(ex.case("random-medium", encode(sh, vals(rng, n, -B, B))))
    n = 10**4
    hidden.append(ex.case("complete-all-negative", encode(complete(n), vals(rng, n, -B, -10**5))))
    sh = random_shape(rng, n, deep=0.9)
    hidden.append(ex.case("random-large-mostly-negative", encode(sh, vals(rng, n, -1000, 300))))
    # Height 5000: past the default recursion limit.
    h = 5000
    sh = chain(h, lambda i: "L")
    hidden.append(ex.case("left-chain-alternating", encode(sh, [(-1) ** i * (i % 97) for i in range(h)])))
    sh = chain(h, lambda i: "LR"[(i // 5) % 2])
    hidden.append(ex.case("zigzag-chain-all-negative", encode(sh, vals(rng, h, -B, -1))))
    sh = chain(h, lambda i: "R")
    hidden.append(ex.case("right-chain-all-positive", encode(sh, vals(rng, h, 10**8, B))))
    # The worst case for restarting a search at every node: a maximum-height chain ending in
    # a complete subtree, 5 * 10^4 nodes in all.
    n = 5 * 10**4
    hidden.append(ex.case("max-broom", encode(broom(h - 16, n), vals(rng, n, -999, 999))))
    return samples, hidden


def small(rng):
    n = rng.choice([1, 2, rng.randint(3, 15)])
    sh = random_shape(rng, n, deep=rng.choice([0, 0.7]))
    lo, hi = rng.choice([(-5, 5), (-9, -1), (-3, 8)])
    return encode(sh, vals(rng, n, lo, hi))


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/every_node_as_top.py")
