# The judge predefines TreeNode (do not redefine it):
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right


def kth_smallest(root: Optional[TreeNode], k: int) -> int:
    """Return the k-th smallest value in the BST (k = 1 is the minimum)."""
    pass
