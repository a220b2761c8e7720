# Correct bounds check, but recursive with Python's default limit of 1000 frames: a deep
# chain raises RecursionError.
def is_valid_bst(root: Optional[TreeNode]) -> bool:
    def valid(node, low, high):
        if node is None:
            return True
        if node.val <= low or node.val >= high:
            return False
        return valid(node.left, low, node.val) and valid(node.right, node.val, high)

    return valid(root, float("-inf"), float("inf"))
