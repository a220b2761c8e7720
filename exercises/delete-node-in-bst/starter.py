def delete_node(root: Optional[TreeNode], key: int) -> Optional[TreeNode]:
    """Remove the node holding `key` (if any) by the rule in the statement; return the root."""
    return root
