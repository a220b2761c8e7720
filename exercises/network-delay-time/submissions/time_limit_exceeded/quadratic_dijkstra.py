# Correct but O(n^2): Dijkstra that finds the next node to settle by scanning every node.
def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[k] = 0
    done = [False] * (n + 1)
    for _ in range(n):
        u, best = -1, inf
        for x in range(1, n + 1):
            if not done[x] and dist[x] < best:
                u, best = x, dist[x]
        if u == -1:
            return -1
        done[u] = True
        for v, w in adj[u]:
            if best + w < dist[v]:
                dist[v] = best + w
    return max(dist[1:])
