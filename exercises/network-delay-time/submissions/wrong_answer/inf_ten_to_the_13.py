# Wrong: INF = 10**13 looks safely huge, but 12 000 links of nearly 10**9 each already add up to
# more than that: such a node is never reached in time and the answer becomes -1.
from heapq import heappop, heappush

INF = 10**13


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
    last = max(dist[1:])
    return -1 if last >= INF else last
