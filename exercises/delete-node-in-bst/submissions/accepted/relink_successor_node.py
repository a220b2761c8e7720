# Moves the successor NODE into the deleted node's place instead of copying its value: the
# resulting tree has the same shape and values, so it is accepted too.
def delete_node(root: Optional[TreeNode], key: int) -> Optional[TreeNode]:
    parent, node = None, root
    while node is not None and node.val != key:
        parent = node
        node = node.left if key < node.val else node.right
    if node is None:
        return root
    if node.left is None:
        repl = node.right
    elif node.right is None:
        repl = node.left
    else:
        sp, s = node, node.right
        while s.left is not None:
            sp, s = s, s.left
        if sp is not node:
            sp.left = s.right
            s.right = node.right
        s.left = node.left
        repl = s
    if parent is None:
        return repl
    if parent.left is node:
        parent.left = repl
    else:
        parent.right = repl
    return root
