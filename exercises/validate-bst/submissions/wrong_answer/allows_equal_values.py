# Bug: in-order traversal that only rejects a DECREASE, so a value equal to its predecessor
# (a duplicate) slips through.
def is_valid_bst(root: Optional[TreeNode]) -> bool:
    stack = []
    node = root
    prev = None
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if prev is not None and node.val < prev:
            return False
        prev = node.val
        node = node.right
    return True
