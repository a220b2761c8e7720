def max_path_sum(root: Optional[TreeNode]) -> int:
    # Iterative post-order (trees can be 5000 deep). down[node] = best sum of a path that
    # starts at node and goes downwards; a negative branch is never worth taking.
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
            best = max(best, node.val + left + right)   # the path turning at this node
            down[node] = node.val + max(left, right)    # what the parent may extend
    return best
