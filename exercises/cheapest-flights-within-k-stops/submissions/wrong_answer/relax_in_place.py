# Wrong: Bellman-Ford with k + 1 rounds, but each round updates the same array it reads. When
# the flights are listed in route order, one round follows several flights in a row, so routes
# with too many stops sneak in.
def find_cheapest_price(n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
    inf = float("inf")
    cost = [inf] * n
    cost[src] = 0
    for _ in range(k + 1):
        for u, v, price in flights:
            if cost[u] + price < cost[v]:
                cost[v] = cost[u] + price
    return -1 if cost[dst] == inf else cost[dst]
