#!/usr/bin/env python3
"""Seeded generator for the kth-smallest-in-bst tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4242
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


# ---------------------------------------------------------------- kth-smallest cases


def bst(rng, shape, lo=-B, hi=B):
    vals = sorted(rng.sample(range(lo, hi + 1), len(shape[0])))
    return encode(shape, bst_values(shape, vals))


def build(ex, rng):
    samples = [
        ex.case("sample-1", [5, 3, 7, 2, 4, 6, 8], 3),
        ex.case("sample-2", [10, 5, 20, None, 8], 3),
        ex.case("sample-3", [-4], 1),
    ]
    hidden = [
        ex.case("single-node", [B], 1),
        ex.case("two-nodes-k1", [2, 1], 1),
        ex.case("two-nodes-k2", [2, 1], 2),
        ex.case("root-and-right-k1", [-B, None, B], 1),
        ex.case("root-and-right-k2", [-B, None, B], 2),
        ex.case("root-is-answer", [0, -5, 5], 2),
        ex.case("k-equals-n", [5, 3, 7, 2, 4, 6, 8], 7),
        ex.case("all-negative", [-10, -20, -5, -30, -15, -7, -1], 4),
        ex.case("extreme-values", [0, -B, B, None, -1, 1], 5),
    ]
    for k in range(4):
        n = rng.randint(5, 30)
        hidden.append(ex.case(f"random-small-{k}", bst(rng, random_shape(rng, n), -100, 100),
                              rng.randint(1, n)))
    n = 1000
    hidden.append(ex.case("random-medium", bst(rng, random_shape(rng, n, deep=0.5)), rng.randint(1, n)))
    n = 10**4
    tree = bst(rng, complete(n))
    hidden.append(ex.case("complete-k-1", tree, 1))
    hidden.append(ex.case("complete-k-middle", tree, n // 2 + 7))
    hidden.append(ex.case("complete-k-n", tree, n))
    hidden.append(ex.case("random-large", bst(rng, random_shape(rng, n, deep=0.9)), rng.randint(1, n)))
    # 5000-deep chains: past the default recursion limit.
    h = 5000
    hidden.append(ex.case("left-chain-k-1", bst(rng, chain(h, lambda i: "L"), -10**6, 10**6), 1))
    hidden.append(ex.case("right-chain-k-n", bst(rng, chain(h, lambda i: "R"), 0, 10**6), h))
    hidden.append(ex.case("zigzag-chain", bst(rng, chain(h, lambda i: "LR"[i % 2]), -10**6, 10**6), h // 2))
    return samples, hidden


def brute(values, k):
    return sorted(v for v in values if v is not None)[k - 1]


def small(rng):
    n = rng.choice([1, 2, rng.randint(3, 15)])
    sh = random_shape(rng, n, deep=rng.choice([0, 0.7]))
    return bst(rng, sh, -20, 20), rng.randint(1, n)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
