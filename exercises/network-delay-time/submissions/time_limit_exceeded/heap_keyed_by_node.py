# Correct but slow: pushes (node, time) instead of (time, node), so the heap hands out the
# smallest node NUMBER, not the smallest time. Re-pushing every improvement keeps the answer
# right, but a node can be improved again and again: a chain running down from the highest
# number costs O(n^2) pops.
from heapq import heappop, heappush


def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[k] = 0
    heap = [(k, 0)]
    while heap:
        u, d = heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heappush(heap, (v, d + w))
    last = max(dist[1:])
    return -1 if last == inf else last
