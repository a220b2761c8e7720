# When the search falls off the tree (the key is absent) it returns None, which empties the
# whole tree, instead of returning the root unchanged.
def delete_node(root: Optional[TreeNode], key: int) -> Optional[TreeNode]:
    parent, node = None, root
    while node is not None and node.val != key:
        parent = node
        node = node.left if key < node.val else node.right
    if node is None:
        return node
    if node.left is not None and node.right is not None:
        sp, s = node, node.right
        while s.left is not None:
            sp, s = s, s.left
        if sp is node:
            sp.right = s.right
        else:
            sp.left = s.right
        node.val = s.val
        return root
    child = node.left if node.left is not None else node.right
    if parent is None:
        return child
    if parent.left is node:
        parent.left = child
    else:
        parent.right = child
    return root
