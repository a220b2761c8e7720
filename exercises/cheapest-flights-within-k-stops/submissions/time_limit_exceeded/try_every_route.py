# Correct but exponential: depth-first search over every route with at most k stops that does
# not revisit a city, pruned only when its price already reaches the best found. On a dense
# network of cheap flights that lead nowhere useful, there are far too many routes.
def find_cheapest_price(n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
    adj = [[] for _ in range(n)]
    for u, v, price in flights:
        adj[u].append((v, price))
    best = [float("inf")]
    on_route = [False] * n

    def dfs(u: int, cost: int, flights_left: int) -> None:
        if cost >= best[0]:
            return
        if u == dst:
            best[0] = cost
            return
        if flights_left == 0:
            return
        on_route[u] = True
        for v, price in adj[u]:
            if not on_route[v]:
                dfs(v, cost + price, flights_left - 1)
        on_route[u] = False

    dfs(src, 0, k + 1)
    return -1 if best[0] == float("inf") else best[0]
