# Bug: hands the two-sided sum (left + node + right) up to the parent, but a path that already
# turns at this node cannot continue to the parent as well.
def max_path_sum(root: Optional[TreeNode]) -> int:
    down = {None: 0}
    best = root.val
    stack = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if node is None:
            continue
        if not children_done:
            stack.append((node, True))
            stack.append((node.left, False))
            stack.append((node.right, False))
        else:
            left = max(0, down[node.left])
            right = max(0, down[node.right])
            best = max(best, node.val + left + right)
            down[node] = node.val + left + right
    return best
