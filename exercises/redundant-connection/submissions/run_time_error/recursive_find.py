# Correct union-find, but find() is recursive and there is no union by rank or size: cables
# listed along a long path build a parent chain thousands of links long, and the first find
# from its far end exceeds Python's recursion limit (RecursionError).
def find_redundant_connection(edges: List[List[int]]) -> List[int]:
    parent = list(range(len(edges) + 1))

    def find(x: int) -> int:
        if parent[x] != x:
            parent[x] = find(parent[x])
        return parent[x]

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return [a, b]
        parent[ra] = rb
    return []
