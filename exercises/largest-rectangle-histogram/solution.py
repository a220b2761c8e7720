def largest_rectangle_area(heights: List[int]) -> int:
    # The best rectangle is as tall as some bar h[k] and spans the widest stretch around k of
    # bars >= h[k]. A stack of indices with increasing heights finds both ends: a bar's right
    # end is found when a lower bar arrives, its left end is the index below it on the stack.
    best = 0
    stack = []  # indices; their heights strictly increase from bottom to top
    for i, h in enumerate(heights + [0]):  # the final 0 flushes every bar still open
        while stack and heights[stack[-1]] >= h:
            top = stack.pop()
            left = stack[-1] + 1 if stack else 0
            best = max(best, heights[top] * (i - left))
        stack.append(i)
    return best
