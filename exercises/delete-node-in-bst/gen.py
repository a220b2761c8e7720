#!/usr/bin/env python3
"""Seeded generator for delete-node-in-bst (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 61207
LO, HI = -10**5, 10**5
MAX_N = 10**4


class Node:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def insert_all(values):
    """The BST obtained by inserting `values` in this order (iteratively)."""
    root = None
    for v in values:
        if root is None:
            root = Node(v)
            continue
        node = root
        while True:
            side = "left" if v < node.val else "right"
            nxt = getattr(node, side)
            if nxt is None:
                setattr(node, side, Node(v))
                break
            node = nxt
    return root


def to_list(root):
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


def from_list(values):
    if not values:
        return None
    root = Node(values[0])
    queue, qi, i = [root], 0, 1
    while i < len(values):
        node = queue[qi]
        qi += 1
        for side in ("left", "right"):
            if i < len(values):
                if values[i] is not None:
                    child = Node(values[i])
                    setattr(node, side, child)
                    queue.append(child)
                i += 1
    return root


def check_bst(values):
    """Distinct values in range, BST order, size and height within the constraints."""
    root = from_list(values)
    count, height = 0, 0
    stack = [(root, LO - 1, HI + 1, 1)] if root else []
    while stack:
        node, lo, hi, d = stack.pop()
        assert lo < node.val < hi and LO <= node.val <= HI, node.val
        count += 1
        height = max(height, d)
        if node.left:
            stack.append((node.left, lo, node.val, d + 1))
        if node.right:
            stack.append((node.right, node.val, hi, d + 1))
    assert count <= MAX_N
    return count


def brute(values, key):
    """The textbook recursive deletion (copy the successor's value, then delete it from the
    right subtree): independent of the reference's iterative pointer surgery."""
    def delete(node, key):
        if node is None:
            return None
        if key < node.val:
            node.left = delete(node.left, key)
        elif key > node.val:
            node.right = delete(node.right, key)
        elif node.left is None:
            return node.right
        elif node.right is None:
            return node.left
        else:
            s = node.right
            while s.left:
                s = s.left
            node.val = s.val
            node.right = delete(node.right, s.val)
        return node

    return to_list(delete(from_list(values), key))


def distinct(rng, n, lo=LO, hi=HI):
    return rng.sample(range(lo, hi + 1), n)


def zigzag(n):
    """A single path that alternates right, left, right, ...: lo, hi, lo+1, hi-1, ..."""
    vals, a, b = [], LO, HI
    for i in range(n):
        if i % 2 == 0:
            vals.append(a)
            a += 1
        else:
            vals.append(b)
            b -= 1
    return vals


def build(ex, rng):

    def case(name, tree, key):
        values = tree if isinstance(tree, list) else to_list(tree)
        check_bst(values)
        assert LO <= key <= HI
        return ex.case(name, values, key)

    samples = [
        case("sample-1", [50, 30, 70, 20, 40, 60, 80], 30),
        case("sample-2", [8, 3, 12, None, None, 10, 15, None, 11], 8),
        case("sample-3", [5, 2, 9], 7),
    ]
    hidden = [
        case("empty-tree", [], 4),
        case("single-node-deleted", [7], 7),
        case("single-node-key-absent", [7], 8),
        case("root-with-only-left-child", [10, 5, None, 2, 7], 10),
        case("root-with-only-right-child", [10, None, 15, 12, 20], 10),
        case("root-successor-is-right-child", [10, 5, 15, None, None, None, 20, None, 25], 10),
        case("successor-has-right-child", [20, 10, 40, None, None, 30, 50, None, 35, None, None, 33, 37], 20),
        case("inner-node-two-children", [50, 30, 70, 20, 40, 60, 80, None, None, 35, 45], 30),
        case("inner-successor-deep", [8, 4, 20, 2, 6, 12, 25, None, None, None, None, 10, 16, None, None,
                                      None, 11, 14, 18], 8),
        case("delete-left-leaf", [5, 3, 8, 1, 4], 1),
        case("delete-right-leaf", [5, 3, 8, None, None, 6, 9], 9),
        case("one-child-left", [5, 3, 8, 2, None, None, 9, 1], 3),
        case("one-child-right", [5, 3, 8, None, 4, None, 9], 8),
        case("key-below-all", [5, 3, 8, 1, 4, 6, 9], -3),
        case("key-above-all", [5, 3, 8, 1, 4, 6, 9], 10),
        case("key-in-a-gap", [5, 3, 8, 1, 4, 6, 9], 7),
        case("negative-values", [-5, -50, 0, -70, -20, -3, 40], -5),
        case("extreme-values", [0, LO, HI, None, -1, 1], HI),
        case("extreme-key-absent", [0, LO + 1, HI - 1], LO),
        case("delete-minimum-with-right-subtree", [30, 10, 40, None, 20, None, 50, 15, 25], 10),
    ]
    for k in range(4):
        vals = distinct(rng, rng.randint(5, 15), -30, 30)
        key = rng.choice(vals) if k < 3 else 31
        hidden.append(case(f"random-small-{k}", insert_all(vals), key))
    for k in range(2):
        vals = distinct(rng, rng.randint(300, 1500))
        key = vals[rng.randrange(len(vals) // 4)]
        hidden.append(case(f"random-medium-{k}", insert_all(vals), key))
    # Large, deep cases: chains deeper than the default recursion limit.
    n = MAX_N
    vals = list(range(HI, HI - n, -1))
    hidden.append(case("deep-left-chain-delete-bottom", insert_all(vals), vals[-1]))
    vals = zigzag(n)
    hidden.append(case("deep-zigzag-key-absent", insert_all(vals), vals[-1] + (1 if n % 2 else -1)))
    # A right chain of near 10^4 nodes ending in a small bushy subtree: the node to delete has
    # two children and sits at depth ~9990, its successor has a right child.
    chain = list(range(LO, LO + n - 12))
    bush = [HI - 100 + d for d in (50, 20, 80, 10, 30, 60, 90, 70, 75, 65, 72, 78)]
    hidden.append(case("deep-chain-two-children-at-bottom", insert_all(chain + bush), HI - 50))
    vals = distinct(rng, n)
    hidden.append(case("large-random-delete-root", insert_all(vals), vals[0]))
    return samples, hidden


def small(rng):
    vals = distinct(rng, rng.randint(0, 12), -10, 10)
    if vals and rng.random() < 0.7:
        key = rng.choice(vals)
    else:
        key = rng.randint(-11, 11)
    return to_list(insert_all(vals)), key


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
