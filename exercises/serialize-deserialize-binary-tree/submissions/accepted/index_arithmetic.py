# In this format the j-th real node (counting from 0) finds its children at token
# positions 2j + 1 and 2j + 2: no queue is needed to deserialize.
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
        nodes = [TreeNode(int(t)) for t in tokens if t != "null"]
        # index_of[p]: which real node token p is (-1 for null).
        index_of = []
        k = 0
        for t in tokens:
            index_of.append(k if t != "null" else -1)
            if t != "null":
                k += 1
        for j, node in enumerate(nodes):
            left_pos, right_pos = 2 * j + 1, 2 * j + 2
            node.left = nodes[index_of[left_pos]] if left_pos < len(tokens) and index_of[left_pos] >= 0 else None
            node.right = nodes[index_of[right_pos]] if right_pos < len(tokens) and index_of[right_pos] >= 0 else None
        return nodes[0]


# The judge calls this function; keep it as it is.
def codec(root: Optional[TreeNode], data: str) -> List[str]:
    encoded = Codec().serialize(root)
    rebuilt = Codec().deserialize(data)
    return [encoded, Codec().serialize(rebuilt)]
