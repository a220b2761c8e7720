# Correct but O(n^2): for every bar, scan left and right for the tallest bars.
def trap(height: List[int]) -> int:
    n = len(height)
    water = 0
    for i in range(n):
        left_max = 0
        for j in range(i + 1):
            if height[j] > left_max:
                left_max = height[j]
        right_max = 0
        for j in range(i, n):
            if height[j] > right_max:
                right_max = height[j]
        water += min(left_max, right_max) - height[i]
    return water
