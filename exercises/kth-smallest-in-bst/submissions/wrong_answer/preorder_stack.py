# Misconception: the usual stack DFS visits nodes in PRE-order (node before its subtrees),
# which is not sorted, so the k-th value visited is not the k-th smallest.
def kth_smallest(root: Optional[TreeNode], k: int) -> int:
    stack = [root]
    while stack:
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        if node.right:
            stack.append(node.right)
        if node.left:
            stack.append(node.left)
    return -1
