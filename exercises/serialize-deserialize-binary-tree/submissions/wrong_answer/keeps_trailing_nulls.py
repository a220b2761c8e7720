# serialize keeps every trailing null: the string is not the canonical one the format asks for.
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
        return "" if root is None else ",".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        if not data:
            return None
        tokens = data.split(",")
        root = TreeNode(int(tokens[0]))
        queue, qi, i = [root], 0, 1
        while i < len(tokens):
            node = queue[qi]
            qi += 1
            for side in ("left", "right"):
                if i < len(tokens) and tokens[i] != "null":
                    child = TreeNode(int(tokens[i]))
                    setattr(node, side, child)
                    queue.append(child)
                i += 1
        return root



# The judge calls this function; keep it as it is.
def codec(root: Optional[TreeNode], data: str) -> List[str]:
    encoded = Codec().serialize(root)
    rebuilt = Codec().deserialize(data)
    return [encoded, Codec().serialize(rebuilt)]
