# Wrong: plain Dijkstra on prices. It finds the cheapest route with ANY number of stops and
# never looks at k.
from heapq import heappop, heappush


def find_cheapest_price(n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
    adj = [[] for _ in range(n)]
    for u, v, price in flights:
        adj[u].append((v, price))
    dist = [float("inf")] * n
    dist[src] = 0
    heap = [(0, src)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v, price in adj[u]:
            if d + price < dist[v]:
                dist[v] = d + price
                heappush(heap, (d + price, v))
    return -1 if dist[dst] == float("inf") else dist[dst]
