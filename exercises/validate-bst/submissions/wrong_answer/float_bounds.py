# Wrong: converts the values to float before comparing them with the bounds. Near 10^18 a
# float cannot tell neighbouring integers apart (53-bit mantissa), so 10^18 - 1 < 10^18 becomes
# 1e18 < 1e18 and a valid tree is rejected.
def is_valid_bst(root: Optional[TreeNode]) -> bool:
    stack = [(root, float("-inf"), float("inf"))]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        value = float(node.val)
        if not low < value < high:
            return False
        stack.append((node.left, low, value))
        stack.append((node.right, value, high))
    return True
