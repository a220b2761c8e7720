# Wrong: marks a node as final as soon as it is first pushed onto the heap. A cheaper route that
# is discovered later (through more links) can no longer improve it.
from heapq import heappop, heappush


def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    dist = [None] * (n + 1)
    dist[k] = 0
    heap = [(0, k)]
    while heap:
        d, u = heappop(heap)
        for v, w in adj[u]:
            if dist[v] is None:
                dist[v] = d + w
                heappush(heap, (d + w, v))
    if any(x is None for x in dist[1:]):
        return -1
    return max(dist[1:])
