# Correct but slow: union-find with neither path compression nor union by size. Linking a's
# root under b's root, a star whose hub is written first keeps the hub at the bottom of a chain
# that grows by one with every cable, and find(hub) walks all of it: O(n^2).
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
        parent[ra] = rb
    return []
