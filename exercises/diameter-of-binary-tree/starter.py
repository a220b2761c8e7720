# The judge predefines TreeNode (do not redefine it):
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right


def diameter_of_binary_tree(root: Optional[TreeNode]) -> int:
    """Return the number of edges on the longest path between two nodes."""
    return 0
