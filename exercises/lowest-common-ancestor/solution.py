def lowest_common_ancestor(root: Optional[TreeNode], p: int, q: int) -> int:
    # Record every node's parent (iteratively: the tree can be 5000 deep) until both are found.
    parent = {root.val: None}
    stack = [root]
    while stack and not (p in parent and q in parent):
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)
    # Every ancestor of p, p itself included ...
    ancestors = set()
    v = p
    while v is not None:
        ancestors.add(v)
        v = parent[v]
    # ... and the first of them met on the way up from q is the lowest common one.
    v = q
    while v not in ancestors:
        v = parent[v]
    return v
