# Bug: looks for the deepest node whose CHILDREN'S subtrees contain both values, forgetting
# that a node is its own descendant. When one value lies below the other, it answers the
# parent of the upper one.
def lowest_common_ancestor(root: Optional[TreeNode], p: int, q: int) -> int:
    # Iterative post-order: count how many of p, q each subtree contains.
    count = {}
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        if node is None:
            continue
        if not done:
            stack.append((node, True))
            stack.append((node.left, False))
            stack.append((node.right, False))
            continue
        below = count.get(id(node.left), 0) + count.get(id(node.right), 0)
        if below == 2:
            return node.val
        count[id(node)] = below + (node.val in (p, q))
    return root.val
