# Correct but O(n * height): tries every node as the highest point of the path and, for each,
# finds the best downward path into each child's subtree with a fresh traversal.
def best_downward(start):
    """Best sum of a path that starts at `start` and goes down (0 if start is None)."""
    if start is None:
        return 0
    best = start.val
    stack = [(start, start.val)]
    while stack:
        node, total = stack.pop()
        best = max(best, total)
        for child in (node.left, node.right):
            if child:
                stack.append((child, total + child.val))
    return best


def max_path_sum(root: Optional[TreeNode]) -> int:
    best = root.val
    stack = [root]
    while stack:
        node = stack.pop()
        left = max(0, best_downward(node.left))
        right = max(0, best_downward(node.right))
        best = max(best, node.val + left + right)
        for child in (node.left, node.right):
            if child:
                stack.append(child)
    return best
