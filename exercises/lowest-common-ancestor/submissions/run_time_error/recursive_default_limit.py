# The classic post-order recursion, correct, but with Python's default recursion limit: a tree
# a few thousand levels deep raises RecursionError.
def lowest_common_ancestor(root: Optional[TreeNode], p: int, q: int) -> int:
    def dfs(node):
        if node is None or node.val == p or node.val == q:
            return node
        left = dfs(node.left)
        right = dfs(node.right)
        if left is not None and right is not None:
            return node
        return left if left is not None else right

    return dfs(root).val
