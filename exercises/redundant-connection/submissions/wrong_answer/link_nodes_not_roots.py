# Wrong: when merging, links the node a itself under b (parent[a] = b) instead of linking the
# ROOTS. If a already hung somewhere, that link is overwritten, its old group is cut loose, and
# the connectivity test goes wrong.
def find_redundant_connection(edges: List[List[int]]) -> List[int]:
    parent = list(range(len(edges) + 1))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        if find(a) == find(b):
            return [a, b]
        parent[a] = b
    return []
