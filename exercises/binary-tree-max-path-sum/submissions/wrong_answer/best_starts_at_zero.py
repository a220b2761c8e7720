# Bug: starts the running maximum at 0, as if the empty path were allowed. When every value is
# negative it answers 0 instead of the largest (least negative) value.
def max_path_sum(root: Optional[TreeNode]) -> int:
    down = {None: 0}
    best = 0
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
            down[node] = node.val + max(left, right)
    return best
