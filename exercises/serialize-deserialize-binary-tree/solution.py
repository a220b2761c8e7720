from collections import deque


class Codec:
    """Level order, comma separated, `null` for a missing child, trailing nulls dropped."""

    def serialize(self, root: Optional[TreeNode]) -> str:
        tokens = []
        queue = deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                tokens.append("null")
                continue
            tokens.append(str(node.val))
            queue.append(node.left)
            queue.append(node.right)
        while tokens and tokens[-1] == "null":
            tokens.pop()
        return ",".join(tokens)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        if not data:
            return None
        tokens = data.split(",")
        root = TreeNode(int(tokens[0]))
        queue = deque([root])
        i = 1
        while i < len(tokens):
            node = queue.popleft()
            if tokens[i] != "null":
                node.left = TreeNode(int(tokens[i]))
                queue.append(node.left)
            i += 1
            if i < len(tokens) and tokens[i] != "null":
                node.right = TreeNode(int(tokens[i]))
                queue.append(node.right)
            i += 1
        return root


# The judge calls this function; keep it as it is.
def codec(root: Optional[TreeNode], data: str) -> List[str]:
    encoded = Codec().serialize(root)
    rebuilt = Codec().deserialize(data)
    return [encoded, Codec().serialize(rebuilt)]
