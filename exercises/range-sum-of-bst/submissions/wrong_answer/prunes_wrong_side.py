def range_sum_bst(root: Optional[TreeNode], low: int, high: int) -> int:
    # Mixes up the sides: below the range it goes left (to even smaller values), above the
    # range it goes right.
    total = 0
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.val < low:
            stack.append(node.left)
        elif node.val > high:
            stack.append(node.right)
        else:
            total += node.val
            stack.append(node.left)
            stack.append(node.right)
    return total
