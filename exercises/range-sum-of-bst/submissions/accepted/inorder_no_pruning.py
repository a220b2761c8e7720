def range_sum_bst(root: Optional[TreeNode], low: int, high: int) -> int:
    # Iterative in-order walk of the whole tree, no pruning: O(n), still fine here.
    total = 0
    stack = []
    node = root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if low <= node.val <= high:
            total += node.val
        node = node.right
    return total
