# Correct but O(n^2): for every bar, walk left and right while the bars are at least as tall.
# When all bars are equal every walk covers the whole histogram.
def largest_rectangle_area(heights: List[int]) -> int:
    n = len(heights)
    best = 0
    for k in range(n):
        h = heights[k]
        lo = k
        while lo > 0 and heights[lo - 1] >= h:
            lo -= 1
        hi = k
        while hi < n - 1 and heights[hi + 1] >= h:
            hi += 1
        best = max(best, h * (hi - lo + 1))
    return best
