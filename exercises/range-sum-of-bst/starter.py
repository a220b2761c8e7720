# The judge predefines TreeNode (do not redefine it):
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right


def range_sum_bst(root: Optional[TreeNode], low: int, high: int) -> int:
    """Sum of the node values v with low <= v <= high."""
    return 0
