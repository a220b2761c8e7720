class Codec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        """Encode the tree as a string in the format of the statement."""
        pass

    def deserialize(self, data: str) -> Optional[TreeNode]:
        """Rebuild the tree that `data` describes and return its root."""
        pass


# The judge calls this function; keep it as it is.
def codec(root: Optional[TreeNode], data: str) -> List[str]:
    encoded = Codec().serialize(root)
    rebuilt = Codec().deserialize(data)
    return [encoded, Codec().serialize(rebuilt)]
