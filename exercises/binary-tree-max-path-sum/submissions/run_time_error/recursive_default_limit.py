# Correct recursive solution, but with Python's default recursion limit: a tree a few thousand
# levels deep raises RecursionError.
def max_path_sum(root: Optional[TreeNode]) -> int:
    best = float("-inf")

    def down(node):
        nonlocal best
        if node is None:
            return 0
        left = max(0, down(node.left))
        right = max(0, down(node.right))
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    down(root)
    return best
