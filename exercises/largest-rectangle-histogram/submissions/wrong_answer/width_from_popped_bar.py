# Bug: measures the width from the popped bar's own index (i - top) instead of from the bar
# below it on the stack, so the rectangle never extends over the taller bars to its left that
# were popped earlier.
def largest_rectangle_area(heights: List[int]) -> int:
    best = 0
    stack = []
    for i, h in enumerate(heights + [0]):
        while stack and heights[stack[-1]] >= h:
            top = stack.pop()
            best = max(best, heights[top] * (i - top))
        stack.append(i)
    return best
