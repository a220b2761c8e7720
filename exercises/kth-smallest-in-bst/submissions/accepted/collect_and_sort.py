# Ignores the BST order: collects every value with a plain DFS and sorts. O(n log n), accepted
# at these sizes (an interviewer will ask you to use the ordering instead).
def kth_smallest(root: Optional[TreeNode], k: int) -> int:
    values = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node:
            values.append(node.val)
            stack.append(node.left)
            stack.append(node.right)
    values.sort()
    return values[k - 1]
