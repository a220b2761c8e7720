def min_cost_connect_points(points: List[List[int]]) -> int:
    n = len(points)
    # every pair of points, cheapest first (Kruskal's algorithm)
    pairs = []
    for i in range(n):
        xi, yi = points[i]
        for j in range(i + 1, n):
            xj, yj = points[j]
            pairs.append((abs(xi - xj) + abs(yi - yj), i, j))
    pairs.sort()

    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    total = 0
    cables = 0
    for cost, i, j in pairs:
        if cables == n - 1:
            break
        ri, rj = find(i), find(j)
        if ri != rj:  # keep a cable only if it joins two separate groups
            parent[ri] = rj
            total += cost
            cables += 1
    return total
