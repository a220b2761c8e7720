# Correct recursive in-order listing, but with Python's default recursion limit: a chain of a
# few thousand nodes raises RecursionError.
def kth_smallest(root: Optional[TreeNode], k: int) -> int:
    values = []

    def inorder(node):
        if node is None:
            return
        inorder(node.left)
        values.append(node.val)
        inorder(node.right)

    inorder(root)
    return values[k - 1]
