def range_sum_bst(root: Optional[TreeNode], low: int, high: int) -> int:
    # Treats the range as open: values equal to low or high are left out.
    total = 0
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.val <= low:
            stack.append(node.right)
        elif node.val >= high:
            stack.append(node.left)
        else:
            total += node.val
            stack.append(node.left)
            stack.append(node.right)
    return total
