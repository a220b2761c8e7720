# Wrong: takes the n - 1 cheapest pairs without checking whether a pair joins two points that
# are already connected, so a cheap triangle can be paid for while some point stays cut off.
def min_cost_connect_points(points: List[List[int]]) -> int:
    n = len(points)
    costs = []
    for i in range(n):
        xi, yi = points[i]
        for j in range(i + 1, n):
            costs.append(abs(xi - points[j][0]) + abs(yi - points[j][1]))
    costs.sort()
    return sum(costs[:n - 1])
