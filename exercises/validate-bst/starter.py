# The judge predefines TreeNode (do not redefine it):
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right


def is_valid_bst(root: Optional[TreeNode]) -> bool:
    """True if every left subtree holds only smaller values and every right subtree only
    greater ones."""
    pass
