#!/usr/bin/env python3
"""Seeded generator for the validate-bst tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 31337
E18 = 10**18

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


# ---------------------------------------------------------------- validate-bst cases


def parents(shape):
    left, right = shape
    par = [-1] * len(left)
    for i in range(len(left)):
        for c in (left[i], right[i]):
            if c != -1:
                par[c] = i
    return par


def bounds(shape, vals, node, par):
    """The open interval (low, high) that the ancestors of `node` allow (None = unbounded);
    `par` is parents(shape)."""
    low = high = None
    child, p = node, par[node]
    while p != -1:
        if shape[0][p] == child:
            high = vals[p] if high is None else min(high, vals[p])
        else:
            low = vals[p] if low is None else max(low, vals[p])
        child, p = p, par[p]
    return low, high


def leaves(shape):
    return [i for i in range(len(shape[0])) if shape[0][i] == -1 and shape[1][i] == -1]


def far_violation(rng, shape, vals):
    """Move one deep leaf just outside its ancestors' interval while it stays on the correct
    side of its own parent: only a check against ALL ancestors notices."""
    vals = list(vals)
    used = set(vals)
    par = parents(shape)
    candidates = []
    for leaf in leaves(shape):
        low, high = bounds(shape, vals, leaf, par)
        p = par[leaf]
        if p == -1:
            continue
        is_left = shape[0][p] == leaf
        # The parent's own value is the near bound; a far bound belongs to another ancestor.
        if is_left and low is not None and low != vals[p]:
            candidates.append((leaf, "low", low))
        if not is_left and high is not None and high != vals[p]:
            candidates.append((leaf, "high", high))
    candidates.sort(key=lambda c: -depth_to(par, c[0]))
    leaf, which, bound = candidates[rng.randrange(min(5, len(candidates)))]
    p = par[leaf]
    if which == "low":
        new = bound - 1
        while new in used:
            new -= 1
        assert new < vals[p]
    else:
        new = bound + 1
        while new in used:
            new += 1
        assert new > vals[p]
    vals[leaf] = new
    return vals


def depth_to(par, node):
    d = 0
    while par[node] != -1:
        node = par[node]
        d += 1
    return d


def duplicate_of_ancestor(rng, shape, vals):
    """Give the in-order predecessor of some node that node's own value: the in-order sequence
    is then non-decreasing instead of increasing."""
    vals = list(vals)
    order = inorder(shape)
    par = parents(shape)
    # Pick a node whose predecessor lies in its left subtree (so it is a real descendant).
    options = [order[k] for k in range(1, len(order)) if shape[0][order[k]] != -1]
    node = options[rng.randrange(len(options))]
    pred = order[order.index(node) - 1]
    vals[pred] = vals[node]
    assert par[pred] != -1
    return vals


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


def spread_values(rng, n, lo, hi):
    return sorted(rng.sample(range(lo, hi + 1), n))


def bst(rng, shape, lo, hi):
    return encode(shape, bst_values(shape, spread_values(rng, len(shape[0]), lo, hi)))


def build(ex, rng):
    samples = [
        ex.case("sample-1", [8, 4, 12, 2, 6, 10, 14]),
        ex.case("sample-2", [6, 2, 4]),
        ex.case("sample-3", [1, None, 1]),
    ]
    I32 = 2**31
    hidden = [
        ex.case("empty-tree", []),
        ex.case("single-node", [0]),
        ex.case("single-maximum", [E18]),
        ex.case("single-minimum", [-E18]),
        ex.case("two-nodes-left", [2, 1]),
        ex.case("two-nodes-left-equal", [2, 2]),
        ex.case("two-nodes-right-equal", [-5, None, -5]),
        ex.case("int32-edges", [I32 - 1, -I32]),
        ex.case("just-beyond-int32", [I32, -I32 - 1, I32 + 1]),
        ex.case("full-range", [0, -E18, E18]),
        ex.case("full-range-duplicate", [E18, -E18, E18]),
        ex.case("left-grandchild-too-big", [10, 5, 15, None, 12]),
        ex.case("right-grandchild-too-small", [10, 5, 15, None, None, 8, 20]),
        ex.case("locally-fine-everywhere", [20, 10, 30, 5, 25, 15, 35]),
        ex.case("negative-values", [-10, -20, -5, -30, -15, -7, -1]),
    ]
    sh = random_shape(rng, 15)
    hidden.append(ex.case("beyond-32-bit", bst(rng, sh, -E18, E18)))
    for k in range(2):
        sh = random_shape(rng, rng.randint(5, 25))
        hidden.append(ex.case(f"random-small-valid-{k}", bst(rng, sh, -50, 50)))
    for k in range(2):
        sh = random_shape(rng, rng.randint(5, 25))
        vals = bst_values(sh, spread_values(rng, len(sh[0]), -50, 50))
        i, j = rng.sample(range(len(vals)), 2)
        vals[i], vals[j] = vals[j], vals[i]
        hidden.append(ex.case(f"random-small-swapped-{k}", encode(sh, vals)))
    sh = random_shape(rng, 300, deep=0.6)
    vals = bst_values(sh, spread_values(rng, 300, -10**6, 10**6))
    hidden.append(ex.case("deep-leaf-beyond-ancestor", encode(sh, far_violation(rng, sh, vals))))
    sh = random_shape(rng, 300, deep=0.6)
    vals = bst_values(sh, spread_values(rng, 300, -10**6, 10**6))
    hidden.append(ex.case("deep-duplicate", encode(sh, duplicate_of_ancestor(rng, sh, vals))))
    sh = random_shape(rng, 300, deep=0.6)
    hidden.append(ex.case("medium-valid", bst(rng, sh, -E18, E18)))

    n = 10**4
    sh = complete(n)
    hidden.append(ex.case("complete-valid", bst(rng, sh, -10**6, 10**6)))
    vals = bst_values(sh, spread_values(rng, n, -10**6, 10**6))
    hidden.append(ex.case("complete-far-violation", encode(sh, far_violation(rng, sh, vals))))
    vals = bst_values(sh, spread_values(rng, n, -10**6, 10**6))
    hidden.append(ex.case("complete-duplicate", encode(sh, duplicate_of_ancestor(rng, sh, vals))))
    # Chains at the maximum height: past the default recursion limit.
    h = 5000
    sh = chain(h, lambda i: "R")
    hidden.append(ex.case("right-chain-valid", bst(rng, sh, -10**6, 10**6)))
    sh = chain(h, lambda i: "L")
    hidden.append(ex.case("left-chain-valid", bst(rng, sh, 0, 10**6)))
    sh = chain(h, lambda i: "LR"[i % 2])
    hidden.append(ex.case("zigzag-chain-valid", bst(rng, sh, -E18, E18)))
    # Right for half the chain, then left: the bottom node is on the correct side of its
    # parent but below an ancestor from the first half.
    sh = chain(h, lambda i: "R" if i < h // 2 else "L")
    vals = bst_values(sh, spread_values(rng, h, 0, 10**6))
    vals[h - 1] = vals[h // 2 - 3]
    hidden.append(ex.case("bent-chain-bottom-violation", encode(sh, vals)))
    # The worst case for rechecking whole subtrees: a maximum-height chain ending in a large
    # complete subtree (5 * 10^4 nodes in all).
    hidden.append(ex.case("max-broom-valid", bst(rng, broom(h - 16, 5 * 10**4), -10**6, 10**6)))
    return samples, hidden


def small(rng):
    n = rng.choice([0, 1, 2, rng.randint(3, 12)])
    sh = random_shape(rng, n, deep=rng.choice([0, 0.5]))
    if rng.random() < 0.5 and n:
        vals = bst_values(sh, spread_values(rng, n, -20, 20))
        if rng.random() < 0.5 and n > 1:
            vals[rng.randrange(n)] = rng.randint(-20, 20)
    else:
        vals = [rng.randint(-3, 3) for _ in range(n)]
    return encode(sh, vals)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/compare_with_whole_subtrees.py")
