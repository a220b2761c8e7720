# Correct idea, but the depth-first search is recursive: a province that is one long chain of
# cities recurses thousands of levels deep, past Python's recursion limit (RecursionError).
def count_provinces(n: int, roads: List[List[int]]) -> int:
    adj = [[] for _ in range(n)]
    for a, b in roads:
        adj[a].append(b)
        adj[b].append(a)
    seen = [False] * n

    def visit(u: int) -> None:
        seen[u] = True
        for v in adj[u]:
            if not seen[v]:
                visit(v)

    provinces = 0
    for u in range(n):
        if not seen[u]:
            provinces += 1
            visit(u)
    return provinces
