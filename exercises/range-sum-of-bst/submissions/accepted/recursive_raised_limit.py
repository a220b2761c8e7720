import sys


class Solution:
    def range_sum_bst(self, root: Optional[TreeNode], low: int, high: int) -> int:
        # Recursion is fine once the limit covers the deepest chain (10^4 nodes).
        sys.setrecursionlimit(max(sys.getrecursionlimit(), 50000))

        def go(node):
            if node is None:
                return 0
            if node.val < low:
                return go(node.right)
            if node.val > high:
                return go(node.left)
            return node.val + go(node.left) + go(node.right)

        return go(root)
