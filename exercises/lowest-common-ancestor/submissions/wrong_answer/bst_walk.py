# Misconception: the binary-SEARCH-tree algorithm (go left while both values are smaller, right
# while both are larger). Values are not ordered in a general binary tree.
def lowest_common_ancestor(root: Optional[TreeNode], p: int, q: int) -> int:
    node = root
    while True:
        if p < node.val and q < node.val and node.left is not None:
            node = node.left
        elif p > node.val and q > node.val and node.right is not None:
            node = node.right
        else:
            return node.val
