#!/usr/bin/env python3
"""Seeded generator for binary-tree-level-order (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 99173
MAX_DEPTH = 2000


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def list_to_tree(values):
    """LeetCode level order (None = missing child) -> root."""
    if not values:
        return None
    root = TreeNode(values[0])
    queue = [root]
    head = 0
    i = 1
    while i < len(values):
        node = queue[head]
        head += 1
        for side in ("left", "right"):
            if i < len(values):
                if values[i] is not None:
                    child = TreeNode(values[i])
                    setattr(node, side, child)
                    queue.append(child)
                i += 1
    return root


def tree_to_list(root):
    """root -> LeetCode level order with trailing Nones trimmed."""
    out = []
    queue = [root] if root else []
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def depth(root):
    best = 0
    stack = [(root, 1)] if root else []
    while stack:
        node, d = stack.pop()
        best = max(best, d)
        for child in (node.left, node.right):
            if child:
                stack.append((child, d + 1))
    return best


def value(rng, lo=-1000, hi=1000):
    return rng.randint(lo, hi)


def random_tree(rng, n, lo=-1000, hi=1000):
    """Attach each new node at a uniformly random free child slot."""
    if n == 0:
        return None
    root = TreeNode(value(rng, lo, hi))
    slots = [(root, "left"), (root, "right")]
    for _ in range(n - 1):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = TreeNode(value(rng, lo, hi))
        setattr(parent, side, child)
        slots.append((child, "left"))
        slots.append((child, "right"))
    return root


def complete_tree(rng, n, lo=-1000, hi=1000):
    return list_to_tree([value(rng, lo, hi) for _ in range(n)])


def chain(rng, n, pattern, lo=-1000, hi=1000):
    """A single path of n nodes; pattern(i) gives the side of the i-th link."""
    root = node = TreeNode(value(rng, lo, hi))
    for i in range(n - 1):
        child = TreeNode(value(rng, lo, hi))
        setattr(node, pattern(i), child)
        node = child
    return root


def spine_with_bushes(rng, spine, bush, lo, hi):
    """A left chain of `spine` nodes; each carries a random right subtree of `bush` nodes."""
    root = chain(rng, spine, lambda i: "left", lo, hi)
    node = root
    while node:
        node.right = random_tree(rng, bush, lo, hi)
        node = node.left
    return root


def slow_level_order(root):
    """Obviously correct and O(n * depth): for each depth, walk the whole tree left to right."""
    def collect(node, d, target, out):
        if node is None:
            return
        if d == target:
            out.append(node.val)
            return
        collect(node.left, d + 1, target, out)
        collect(node.right, d + 1, target, out)

    levels = []
    for d in range(depth(root)):
        level = []
        collect(root, 0, d, level)
        levels.append(level)
    return levels


def build(ex, rng):

    def case(name, tree):
        """tree: a level-order list or a TreeNode."""
        values = tree if isinstance(tree, list) else tree_to_list(tree)
        root = list_to_tree(values)
        assert tree_to_list(root) == values, name
        assert depth(root) <= MAX_DEPTH and len(values) - values.count(None) <= 10**5, name
        return ex.case(name, values)

    samples = [
        case("sample-1", [5, 2, 8, None, 4, 6, 9, 1]),
        case("sample-2", [-7]),
        case("sample-3", []),
    ]
    hidden = [
        case("empty", []),
        case("single-node", [0]),
        case("root-and-left", [1, 2]),
        case("root-and-right", [1, None, 2]),
        case("right-then-left", [1, None, 2, 3]),
        case("perfect-depth-3", [1, 2, 3, 4, 5, 6, 7]),
        case("negatives", [-1, -2, -3, None, -4, -5, None, -1000, None, None, 1000]),
        case("duplicate-values", [4, 4, 4, 4, None, None, 4]),
        case("gaps-in-levels", [1, 2, 3, None, 4, None, 5, 6, None, None, 7]),
        case("zigzag-small", chain(rng, 6, lambda i: "left" if i % 2 else "right")),
        case("left-skewed-2000", chain(rng, 2000, lambda i: "left")),
        case("right-skewed-2000", chain(rng, 2000, lambda i: "right")),
        case("zigzag-2000", chain(rng, 2000, lambda i: "left" if i % 2 else "right")),
    ]
    for k in range(4):
        hidden.append(case(f"random-small-{k}", random_tree(rng, rng.randint(2, 15), -9, 9)))
    for k in range(2):
        hidden.append(case(f"random-medium-{k}", random_tree(rng, rng.randint(500, 3000))))
    hidden.append(case("complete-medium", complete_tree(rng, 1023)))
    hidden.append(case("large-complete", complete_tree(rng, 10**5)))
    hidden.append(case("large-random", random_tree(rng, 60000)))
    hidden.append(case("large-deep-and-bushy", spine_with_bushes(rng, 1900, 51, -99, 99)))
    return samples, hidden


def small(rng):
    return (tree_to_list(random_tree(rng, rng.randint(0, 12), -5, 5)),)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(
        build, SEED, stress=small, brute=lambda values: slow_level_order(list_to_tree(values)))
