# Off-by-one: the right traversal, but it reports the number of NODES on the longest path
# (hl + hr + 1) instead of the number of edges.
def diameter_of_binary_tree(root: Optional[TreeNode]) -> int:
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
            best = max(best, hl + hr + 1)
            height[node] = 1 + max(hl, hr)
    return best
