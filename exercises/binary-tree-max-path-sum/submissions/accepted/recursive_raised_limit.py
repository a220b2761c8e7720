# The usual recursive solution, with the recursion limit raised for 5000-deep trees.
import sys

sys.setrecursionlimit(20000)


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
