# The usual recursive bounds check, with the recursion limit raised for 5000-deep chains.
import sys

sys.setrecursionlimit(20000)


def is_valid_bst(root: Optional[TreeNode]) -> bool:
    def valid(node, low, high):
        if node is None:
            return True
        if node.val <= low or node.val >= high:
            return False
        return valid(node.left, low, node.val) and valid(node.right, node.val, high)

    return valid(root, float("-inf"), float("inf"))
