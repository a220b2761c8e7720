# Bug: always adds both children's downward sums, even negative ones, so a path is forced to
# drag along a branch that lowers its sum (a missing child still counts as 0).
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
            left, right = down[node.left], down[node.right]
            best = max(best, node.val, node.val + left + right)
            down[node] = node.val + max(left, right)
    return best
