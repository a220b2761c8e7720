# Wrong: starts at the first point and repeatedly cables the LAST point reached to the nearest
# point not reached yet. That builds a path, and the cheapest path is usually dearer than the
# cheapest tree.
def min_cost_connect_points(points: List[List[int]]) -> int:
    n = len(points)
    reached = [False] * n
    reached[0] = True
    current, total = 0, 0
    for _ in range(n - 1):
        xc, yc = points[current]
        best, pick = None, -1
        for j in range(n):
            if not reached[j]:
                d = abs(xc - points[j][0]) + abs(yc - points[j][1])
                if best is None or d < best:
                    best, pick = d, j
        reached[pick] = True
        total += best
        current = pick
    return total
