def find_cheapest_price(n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
    inf = float("inf")
    # cost[v]: cheapest price to reach v with at most i flights, after round i
    cost = [inf] * n
    cost[src] = 0
    for _ in range(k + 1):  # k stops = at most k + 1 flights
        prev = cost[:]  # relax from the previous round only, so a round adds one flight
        for u, v, price in flights:
            if prev[u] + price < cost[v]:
                cost[v] = prev[u] + price
        if cost == prev:
            break  # nothing improved: more flights will not help
    return -1 if cost[dst] == inf else cost[dst]
