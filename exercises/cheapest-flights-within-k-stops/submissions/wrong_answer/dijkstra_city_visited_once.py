# Wrong: Dijkstra over (price, city, stops) that expands each city only once, the first time
# it is popped. The cheapest way into a city may use too many stops; a dearer way with fewer
# stops, needed to reach dst in time, is then thrown away.
from heapq import heappop, heappush


def find_cheapest_price(n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
    adj = [[] for _ in range(n)]
    for u, v, price in flights:
        adj[u].append((v, price))
    visited = [False] * n
    heap = [(0, src, 0)]
    while heap:
        cost, u, used = heappop(heap)
        if u == dst:
            return cost
        if visited[u]:
            continue
        visited[u] = True
        if used == k + 1:
            continue
        for v, price in adj[u]:
            if not visited[v]:
                heappush(heap, (cost + price, v, used + 1))
    return -1
