# Prim's algorithm on the complete graph in O(n^2): keep, for every point outside the tree, its
# cheapest cable to the tree, and add the point with the smallest one.
def min_cost_connect_points(points: List[List[int]]) -> int:
    n = len(points)
    inf = float("inf")
    best = [inf] * n
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
