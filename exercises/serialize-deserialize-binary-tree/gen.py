#!/usr/bin/env python3
"""Seeded generator for serialize-deserialize-binary-tree (see tools/gen/genlib.py)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 29741
MAX_N = 10**4
V = 1000


class Node:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def to_list(root):
    """root -> LeetCode level order (None for a missing child, trailing Nones trimmed)."""
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


def encode(root):
    """The string the statement's format prescribes (written level by level, independently of
    the reference's queue)."""
    tokens, level = [], [root]
    while any(n is not None for n in level):
        nxt = []
        for n in level:
            tokens.append("null" if n is None else str(n.val))
            if n is not None:
                nxt += [n.left, n.right]
        level = nxt
    while tokens and tokens[-1] == "null":
        tokens.pop()
    return ",".join(tokens)


def decode(text):
    """Rebuild a tree from the format using the index property: the j-th real node's children
    are the tokens at positions 2j + 1 and 2j + 2."""
    if not text:
        return None
    tokens = text.split(",")
    real = [k for k, t in enumerate(tokens) if t != "null"]
    node_at = {k: Node(int(tokens[k])) for k in real}
    for j, k in enumerate(real):
        for side, p in (("left", 2 * j + 1), ("right", 2 * j + 2)):
            if p in node_at:
                setattr(node_at[k], side, node_at[p])
    return node_at[0]


def from_list(values):
    return decode(",".join("null" if v is None else str(v) for v in values))


def brute(root_values, data):
    return [encode(from_list(root_values)), encode(decode(data))]


def size_and_depth(root):
    best, count = 0, 0
    stack = [(root, 1)] if root else []
    while stack:
        node, d = stack.pop()
        count += 1
        best = max(best, d)
        for child in (node.left, node.right):
            if child:
                stack.append((child, d + 1))
    return count, best


def random_tree(rng, n, lo=-V, hi=V):
    """Attach each new node at a uniformly random free child slot."""
    if n == 0:
        return None
    root = Node(rng.randint(lo, hi))
    slots = [(root, "left"), (root, "right")]
    for _ in range(n - 1):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = Node(rng.randint(lo, hi))
        setattr(parent, side, child)
        slots.append((child, "left"))
        slots.append((child, "right"))
    return root


def complete_tree(rng, n, lo=-V, hi=V):
    return from_list([rng.randint(lo, hi) for _ in range(n)])


def chain(rng, n, pattern, lo=-9, hi=9):
    root = node = Node(rng.randint(lo, hi))
    for i in range(n - 1):
        child = Node(rng.randint(lo, hi))
        setattr(node, pattern(i), child)
        node = child
    return root


def build(ex, rng):

    def case(name, tree, data_tree):
        values = tree if isinstance(tree, list) else to_list(tree)
        data = encode(data_tree if not isinstance(data_tree, list) else from_list(data_tree))
        for t in (from_list(values), decode(data)):
            n, _ = size_and_depth(t)
            assert n <= MAX_N and all(-V <= v <= V for v in to_list(t) if v is not None), name
        assert encode(decode(data)) == data
        return ex.case(name, values, data)

    samples = [
        case("sample-1", [1, 2, 3, None, None, 4, 5], [7, None, -8, 0]),
        case("sample-2", [], [5, 5, 5]),
        case("sample-3", [0, -1, None, 2], []),
    ]
    hidden = [
        case("both-empty", [], []),
        case("single-zero", [0], [0]),
        case("single-nodes-differ", [-1000], [1000]),
        case("same-tree-both-ways", [3, 9, 20, None, None, 15, 7], [3, 9, 20, None, None, 15, 7]),
        case("zeros-and-gaps", [0, 0, 0, None, 0], [0, None, 0, 0, None, None, 0]),
        case("duplicates", [5, 5, 5, 5, None, None, 5], [2, 2, None, 2, None, 2]),
        case("negatives", [-1, -2, -3, None, -4, -5], [-7, None, -7, -7]),
        case("extreme-values", [1000, -1000, 1000, None, -1000], [-1000, 1000, None, None, -1000]),
        case("left-leaning", [1, 2, None, 3, None, 4], [9, 8, 7, 6]),
        case("right-leaning", [1, None, 2, None, 3, None, 4], [4, None, 3, None, 2, None, 1]),
        case("nulls-in-the-middle", [1, 2, 3, None, 4, None, 5, 6, None, None, 7],
             [1, None, 2, 3, None, 4, 5]),
        case("multi-digit-values", [-123, 456, -789, 10, -10, 100, -100], [999, -999, 0]),
    ]
    for k in range(4):
        hidden.append(case(f"random-small-{k}", random_tree(rng, rng.randint(2, 15), -9, 9),
                           random_tree(rng, rng.randint(2, 15), -9, 9)))
    for k in range(2):
        hidden.append(case(f"random-medium-{k}", random_tree(rng, rng.randint(300, 1500)),
                           random_tree(rng, rng.randint(300, 1500))))
    # Large: chains deeper than the recursion limit, a complete tree and a random one.
    hidden.append(case("deep-right-chain-and-left-chain", chain(rng, MAX_N, lambda i: "right"),
                       chain(rng, MAX_N, lambda i: "left")))
    hidden.append(case("deep-zigzag-both-ways", chain(rng, 5000, lambda i: "left" if i % 2 else "right"),
                       chain(rng, 5000, lambda i: "right" if i % 2 else "left")))
    hidden.append(case("large-complete-and-random", complete_tree(rng, MAX_N), random_tree(rng, MAX_N)))
    return samples, hidden


def small(rng):
    a = random_tree(rng, rng.randint(0, 12), -3, 3)
    b = random_tree(rng, rng.randint(0, 12), -3, 3)
    return to_list(a), encode(b)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
