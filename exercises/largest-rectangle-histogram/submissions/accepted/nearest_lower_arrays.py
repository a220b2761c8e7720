# Two passes: for every bar, the index of the nearest strictly lower bar on its left and on
# its right (monotonic stacks); bar k then spans (left[k], right[k]) exclusive.
def largest_rectangle_area(heights: List[int]) -> int:
    n = len(heights)
    left = [-1] * n
    stack = []
    for i in range(n):
        while stack and heights[stack[-1]] >= heights[i]:
            stack.pop()
        left[i] = stack[-1] if stack else -1
        stack.append(i)
    right = [n] * n
    stack = []
    for i in range(n - 1, -1, -1):
        while stack and heights[stack[-1]] >= heights[i]:
            stack.pop()
        right[i] = stack[-1] if stack else n
        stack.append(i)
    return max(heights[k] * (right[k] - left[k] - 1) for k in range(n))
