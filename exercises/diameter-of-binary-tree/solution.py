def diameter_of_binary_tree(root: Optional[TreeNode]) -> int:
    # Iterative post-order (trees can be 5000 deep). height[node] = nodes on the longest
    # downward path from node; the longest path turning at node has hl + hr edges.
    height = {None: 0}
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
            hl, hr = height[node.left], height[node.right]
            best = max(best, hl + hr)
            height[node] = 1 + max(hl, hr)
    return best
