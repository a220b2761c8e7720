# Dijkstra over (price, city, flights used). A state is worth expanding only if it reaches
# its city with fewer flights than every cheaper state popped before it.
from heapq import heappop, heappush


def find_cheapest_price(n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
    adj = [[] for _ in range(n)]
    for u, v, price in flights:
        adj[u].append((v, price))
    fewest = [k + 2] * n  # fewest flights among the states popped so far, per city
    heap = [(0, src, 0)]
    while heap:
        cost, u, used = heappop(heap)
        if u == dst:
            return cost
        if used >= fewest[u] or used == k + 1:
            continue
        fewest[u] = used
        for v, price in adj[u]:
            heappush(heap, (cost + price, v, used + 1))
    return -1
