# Wrong: uses 10**9 as "infinity". Once a true travel time reaches 10**9 it can no longer be
# stored, and a node that is reachable is reported as unreachable.
from heapq import heappop, heappush

INF = 10**9


def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    dist = [INF] * (n + 1)
    dist[k] = 0
    heap = [(0, k)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heappush(heap, (d + w, v))
    worst = max(dist[1:])
    return -1 if worst >= INF else worst
