def range_sum_bst(root: Optional[TreeNode], low: int, high: int) -> int:
    total = 0
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.val < low:
            # node and its left subtree are below the range
            stack.append(node.right)
        elif node.val > high:
            # node and its right subtree are above the range
            stack.append(node.left)
        else:
            total += node.val
            stack.append(node.left)
            stack.append(node.right)
    return total
