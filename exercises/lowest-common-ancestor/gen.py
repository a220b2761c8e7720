#!/usr/bin/env python3
"""Seeded generator for the lowest-common-ancestor tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 8086
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


# ---------------------------------------------------------------- lca cases


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


def distinct(rng, n, lo=-B, hi=B):
    return rng.sample(range(lo, hi + 1), n)


def ancestors(shape, node):
    left, right = shape
    par = {}
    for i in range(len(left)):
        for c in (left[i], right[i]):
            if c != -1:
                par[c] = i
    out = [node]
    while out[-1] in par:
        out.append(par[out[-1]])
    return out


def lca_nodes(shape, a, b):
    up = set(ancestors(shape, a))
    for x in ancestors(shape, b):
        if x in up:
            return x


def pick_pair(rng, shape, kind):
    """Two node indices: "any" pair, "ancestor" (the first above the second), or "split" (the
    LCA is neither of them)."""
    n = len(shape[0])
    while True:
        a, b = rng.sample(range(n), 2)
        c = lca_nodes(shape, a, b)
        if kind == "any" or (kind == "ancestor") == (c in (a, b)):
            return a, b


def case_for(ex, name, shape, vals, a, b):
    return ex.case(name, encode(shape, vals), vals[a], vals[b])


def build(ex, rng):
    tree = [7, 3, 9, 4, 1, 8, 2, None, None, 5, 6]
    samples = [
        ex.case("sample-1", tree, 4, 6),
        ex.case("sample-2", tree, 1, 5),
        ex.case("sample-3", tree, 5, 2),
    ]
    hidden = [
        ex.case("two-nodes", [1, 2], 1, 2),
        ex.case("two-nodes-reversed", [1, 2], 2, 1),
        ex.case("root-splits", [1, 2, 3], 2, 3),
        ex.case("child-below-other", [1, None, 2, 3], 3, 2),
        ex.case("looks-like-bst", [50, 30, 70, 20, 80, 60, 40], 20, 80),
        ex.case("looks-like-bst-2", [50, 30, 70, 20, 80, 60, 40], 60, 40),
        ex.case("extreme-values", [0, -B, B, B - 1, -B + 1], B - 1, -B + 1),
        ex.case("negative-values", [-1, -2, -3, -4, -5, -6, -7, -8], -8, -5),
    ]
    for k in range(6):
        n = rng.randint(5, 30)
        sh = random_shape(rng, n, deep=rng.choice([0, 0.6]))
        vals = distinct(rng, n, -50, 50)
        a, b = pick_pair(rng, sh, ("split", "ancestor", "any")[k % 3])
        hidden.append(case_for(ex, f"random-small-{k}", sh, vals, a, b))
    n = 2000
    sh = random_shape(rng, n, deep=0.8)
    vals = distinct(rng, n)
    for kind in ("split", "ancestor"):
        a, b = pick_pair(rng, sh, kind)
        hidden.append(case_for(ex, f"random-medium-{kind}", sh, vals, a, b))
    # 5000-deep chains: past the default recursion limit.
    h = 5000
    sh = chain(h, lambda i: "L")
    vals = distinct(rng, h, -10**5, 10**5)
    hidden.append(case_for(ex, "left-chain-ancestor", sh, vals, h - 1, h - 1000))
    sh = chain(h, lambda i: "RL"[(i // 7) % 2])
    vals = distinct(rng, h, -10**5, 10**5)
    hidden.append(case_for(ex, "bent-chain-bottom", sh, vals, h - 2, h - 1))
    # A long chain ending in a big complete subtree; p and q at opposite corners of its bottom
    # level, so every "search the subtree again" step reads almost all of it.
    n = 5 * 10**4
    handle = h - 16
    sh = broom(handle, n)
    vals = distinct(rng, n, -10**5, 10**5)
    m = n - handle
    level = 14                                  # the deepest complete level of the subtree
    first, last = 2**level - 1, 2**(level + 1) - 2
    assert last < m
    hidden.append(case_for(ex, "max-broom-opposite-corners", sh, vals, handle + first, handle + last))
    hidden.append(case_for(ex, "max-broom-chain-and-corner", sh, vals, handle + last, handle // 2))
    return samples, hidden


def brute(values, p, q):
    """Independent check: decode the level order into parent links, compare ancestor chains."""
    parent = {values[0]: None}
    queue, qi, i = [values[0]], 0, 1
    while i < len(values):
        node = queue[qi]
        qi += 1
        for _ in range(2):
            if i < len(values):
                if values[i] is not None:
                    parent[values[i]] = node
                    queue.append(values[i])
                i += 1
    up_p = []
    v = p
    while v is not None:
        up_p.append(v)
        v = parent[v]
    v = q
    while v not in up_p:
        v = parent[v]
    return v


def small(rng):
    n = rng.choice([2, 3, rng.randint(4, 14)])
    sh = random_shape(rng, n, deep=rng.choice([0, 0.7]))
    vals = distinct(rng, n, -20, 20)
    a, b = rng.sample(range(n), 2)
    return encode(sh, vals), vals[a], vals[b]


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
