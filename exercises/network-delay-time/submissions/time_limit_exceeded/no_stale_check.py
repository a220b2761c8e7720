# Correct but slow: Dijkstra without skipping stale heap entries. A node pushed thousands of
# times has all its outgoing links scanned again at every pop: O(pushes * degree).
from heapq import heappop, heappush


def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[k] = 0
    heap = [(0, k)]
    while heap:
        d, u = heappop(heap)
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heappush(heap, (d + w, v))
    worst = max(dist[1:])
    return -1 if worst == inf else worst
