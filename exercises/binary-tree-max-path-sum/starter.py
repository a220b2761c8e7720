# The judge predefines TreeNode (do not redefine it):
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right


def max_path_sum(root: Optional[TreeNode]) -> int:
    """Return the largest sum of a path (at least one node) anywhere in the tree."""
    return 0
