# Correct but O(n^3): Prim's algorithm that, at every step, recomputes the distance of every
# (tree point, outside point) pair to find the cheapest cable leaving the tree.
def min_cost_connect_points(points: List[List[int]]) -> int:
    n = len(points)
    in_tree = [False] * n
    in_tree[0] = True
    total = 0
    for _ in range(n - 1):
        best, pick = None, -1
        for i in range(n):
            if not in_tree[i]:
                continue
            xi, yi = points[i]
            for j in range(n):
                if in_tree[j]:
                    continue
                d = abs(xi - points[j][0]) + abs(yi - points[j][1])
                if best is None or d < best:
                    best, pick = d, j
        in_tree[pick] = True
        total += best
    return total
