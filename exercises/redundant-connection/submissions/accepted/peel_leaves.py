# O(n) without union-find: repeatedly remove machines with a single cable (leaves). What
# remains is exactly the loop; return its cable that appears last in the input.
from collections import deque


def find_redundant_connection(edges: List[List[int]]) -> List[int]:
    n = len(edges)
    degree = [0] * (n + 1)
    adj = [[] for _ in range(n + 1)]
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
        adj[a].append(b)
        adj[b].append(a)
    leaves = deque(v for v in range(1, n + 1) if degree[v] == 1)
    while leaves:
        u = leaves.popleft()
        degree[u] = 0
        for v in adj[u]:
            if degree[v] > 0:
                degree[v] -= 1
                if degree[v] == 1:
                    leaves.append(v)
    for a, b in reversed(edges):
        if degree[a] >= 2 and degree[b] >= 2:
            return [a, b]
    return []
