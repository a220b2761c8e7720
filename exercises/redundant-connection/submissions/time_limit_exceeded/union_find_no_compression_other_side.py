# Correct but slow: the same unbalanced, uncompressed union-find, linking b's root under a's
# root instead. Now a star whose hub is written LAST builds the ever longer chain: O(n^2).
def find_redundant_connection(edges: List[List[int]]) -> List[int]:
    parent = list(range(len(edges) + 1))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return [a, b]
        parent[rb] = ra
    return []
