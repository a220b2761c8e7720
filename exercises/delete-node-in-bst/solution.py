def delete_node(root: Optional[TreeNode], key: int) -> Optional[TreeNode]:
    """Iterative: O(height) time, O(1) extra space, no recursion (chains can be 10^4 deep)."""
    parent, node = None, root
    while node is not None and node.val != key:
        parent = node
        node = node.left if key < node.val else node.right
    if node is None:  # the key is not in the tree
        return root

    if node.left is not None and node.right is not None:
        # Two children: the in-order successor (leftmost node of the right subtree) takes the
        # node's place. It has no left child, so its right child takes the successor's place.
        succ_parent, succ = node, node.right
        while succ.left is not None:
            succ_parent, succ = succ, succ.left
        if succ_parent is node:
            succ_parent.right = succ.right
        else:
            succ_parent.left = succ.right
        node.val = succ.val
        return root

    child = node.left if node.left is not None else node.right
    if parent is None:
        return child
    if parent.left is node:
        parent.left = child
    else:
        parent.right = child
    return root
