# Wrong: Dijkstra over (price, city, flights used) that pushes a state only when it lowers the
# best price known for its city. A dearer arrival with FEWER flights is dropped, yet it may be
# the only one that still reaches dst within the stop limit.
from heapq import heappop, heappush


def find_cheapest_price(n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
    adj = [[] for _ in range(n)]
    for u, v, price in flights:
        adj[u].append((v, price))
    best = [float("inf")] * n
    best[src] = 0
    heap = [(0, src, 0)]
    while heap:
        cost, u, used = heappop(heap)
        if u == dst:
            return cost
        if used == k + 1:
            continue
        for v, price in adj[u]:
            if cost + price < best[v]:
                best[v] = cost + price
                heappush(heap, (cost + price, v, used + 1))
    return -1
