# Wrong: Prim's algorithm with "infinity" set to 10**6 because coordinates stay within 10**6.
# Distances reach 4 * 10**6, so a cable longer than 10**6 is never recorded and its point is
# added at cost 10**6 instead.
INF = 10**6


def min_cost_connect_points(points: List[List[int]]) -> int:
    n = len(points)
    best = [INF] * n
    best[0] = 0
    in_tree = [False] * n
    total = 0
    for _ in range(n):
        u = -1
        for v in range(n):
            if not in_tree[v] and (u == -1 or best[v] < best[u]):
                u = v
        in_tree[u] = True
        total += best[u]
        xu, yu = points[u]
        for v in range(n):
            if not in_tree[v]:
                d = abs(xu - points[v][0]) + abs(yu - points[v][1])
                if d < best[v]:
                    best[v] = d
    return total
