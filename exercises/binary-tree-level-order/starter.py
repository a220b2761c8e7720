# The judge predefines TreeNode (do not redefine it):
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right


def level_order(root: Optional[TreeNode]) -> List[List[int]]:
    pass
