# Bug: the right idea (an open interval per node) but with 32-bit sentinels as the initial
# bounds. A value of 2**31 - 1, -2**31, or anything beyond, is rejected in a valid tree.
def is_valid_bst(root: Optional[TreeNode]) -> bool:
    stack = [(root, -2**31, 2**31 - 1)]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        if not low < node.val < high:
            return False
        stack.append((node.left, low, node.val))
        stack.append((node.right, node.val, high))
    return True
