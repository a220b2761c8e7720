#!/usr/bin/env python3
"""Seeded generator for the diameter-of-binary-tree tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 2718

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


# ---------------------------------------------------------------- diameter cases


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


def two_arms(a, b):
    """A root with a left arm of a nodes that keeps going left and a right arm of b nodes that
    keeps going right."""
    n = 1 + a + b
    left, right = [-1] * n, [-1] * n
    prev = 0
    for i in range(1, a + 1):
        left[prev] = i
        prev = i
    prev = 0
    for i in range(a + 1, n):
        right[prev] = i
        prev = i
    return left, right


def graft(outer, at, side, inner):
    """Hang the shape `inner` under node `at` of `outer` (side 0 = left, 1 = right)."""
    left = outer[0] + [-1 if c == -1 else c + len(outer[0]) for c in inner[0]]
    right = outer[1] + [-1 if c == -1 else c + len(outer[0]) for c in inner[1]]
    (left, right)[side][at] = len(outer[0])
    return left, right


def vals(rng, n):
    return [rng.randint(-9, 9) for _ in range(n)]


def build(ex, rng):
    samples = [
        ex.case("sample-1", [1, 2, 3, 4, 5]),
        ex.case("sample-2", [1, 2, None, 3, 4, 5, None, None, 6]),
        ex.case("sample-3", [9]),
    ]
    hidden = [
        ex.case("two-nodes", [1, 2]),
        ex.case("two-nodes-right", [1, None, 2]),
        ex.case("three-in-a-line", [-100, 100, None, 0]),
        ex.case("root-with-two-leaves", [1, 2, 3]),
        ex.case("perfect-depth-4", list(range(15))),
    ]
    # The longest path lies in the left subtree: two long arms below the root's left child,
    # while the root's right side is short.
    inner = two_arms(30, 40)
    outer = chain(3, lambda i: "L")
    sh = graft(outer, 2, 0, inner)
    sh = graft(sh, 0, 1, chain(5, lambda i: "R"))
    hidden.append(ex.case("deep-inside-left-subtree", encode(sh, vals(rng, len(sh[0])))))
    inner = two_arms(25, 25)
    sh = graft(chain(20, lambda i: "RL"[i % 2]), 19, 1, inner)
    hidden.append(ex.case("below-a-zigzag", encode(sh, vals(rng, len(sh[0])))))
    for k in range(4):
        n = rng.randint(5, 40)
        sh = random_shape(rng, n, deep=rng.choice([0, 0.5, 0.8]))
        hidden.append(ex.case(f"random-small-{k}", encode(sh, vals(rng, n))))
    n = 3000
    sh = random_shape(rng, n, deep=0.7)
    hidden.append(ex.case("random-medium", encode(sh, vals(rng, n))))
    # Height 5000: past the default recursion limit.
    h = 5000
    sh = chain(h, lambda i: "L")
    hidden.append(ex.case("left-chain", encode(sh, vals(rng, h))))
    sh = chain(h, lambda i: "LR"[(i // 3) % 2])
    hidden.append(ex.case("zigzag-chain", encode(sh, vals(rng, h))))
    sh = two_arms(2499, 2499)
    hidden.append(ex.case("two-long-arms", encode(sh, vals(rng, len(sh[0])))))
    # A short handle above a big complete subtree: the diameter is inside the subtree.
    n = 2 * 10**4
    sh = broom(5, n)
    hidden.append(ex.case("short-handle-big-subtree", encode(sh, vals(rng, n))))
    # The worst case for recomputing heights at every node: a maximum-height chain ending in
    # a complete subtree, 5 * 10^4 nodes in all.
    n = 5 * 10**4
    sh = broom(h - 16, n)
    hidden.append(ex.case("max-broom", encode(sh, vals(rng, n))))
    return samples, hidden


def small(rng):
    n = rng.choice([1, 2, rng.randint(3, 15)])
    sh = random_shape(rng, n, deep=rng.choice([0, 0.7]))
    return encode(sh, vals(rng, n))


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/height_at_every_node.py")
