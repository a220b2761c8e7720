# Bug: checks each node only against its own children. A value deeper down can still be on
# the wrong side of a grandparent (e.g. a right grandchild in the left subtree that exceeds the
# root).
def is_valid_bst(root: Optional[TreeNode]) -> bool:
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        if node.left:
            if node.left.val >= node.val:
                return False
            stack.append(node.left)
        if node.right:
            if node.right.val <= node.val:
                return False
            stack.append(node.right)
    return True
