# Correct but O(n^2): before adding each cable, a breadth-first search over the cables added
# so far checks whether its two ends are already connected.
from collections import deque


def find_redundant_connection(edges: List[List[int]]) -> List[int]:
    n = len(edges)
    adj = [[] for _ in range(n + 1)]
    for a, b in edges:
        seen = [False] * (n + 1)
        seen[a] = True
        queue = deque([a])
        while queue:
            u = queue.popleft()
            if u == b:
                return [a, b]
            for v in adj[u]:
                if not seen[v]:
                    seen[v] = True
                    queue.append(v)
        adj[a].append(b)
        adj[b].append(a)
    return []
