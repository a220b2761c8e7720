# The usual recursive post-order, with the recursion limit raised for 5000-deep trees.
import sys

sys.setrecursionlimit(20000)


def diameter_of_binary_tree(root: Optional[TreeNode]) -> int:
    best = 0

    def height(node):
        nonlocal best
        if node is None:
            return 0
        hl = height(node.left)
        hr = height(node.right)
        best = max(best, hl + hr)
        return 1 + max(hl, hr)

    height(root)
    return best
