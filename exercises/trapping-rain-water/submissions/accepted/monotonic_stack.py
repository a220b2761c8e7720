# O(n) with a stack of indices of decreasing heights: water is added layer by layer
# whenever a bar closes a dip.
def trap(height: List[int]) -> int:
    stack = []
    water = 0
    for i, h in enumerate(height):
        while stack and height[stack[-1]] < h:
            bottom = stack.pop()
            if not stack:
                break
            left = stack[-1]
            water += (i - left - 1) * (min(height[left], h) - height[bottom])
        stack.append(i)
    return water
