# Off-by-one: compares the counter with k BEFORE counting the current node, so it returns the
# (k+1)-th smallest value (and nothing useful when k = n).
def kth_smallest(root: Optional[TreeNode], k: int) -> int:
    stack = []
    node = root
    count = 0
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if count == k:
            return node.val
        count += 1
        node = node.right
    return -1
