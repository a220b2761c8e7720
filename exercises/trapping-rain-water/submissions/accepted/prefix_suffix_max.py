# O(n) time, O(n) memory: tallest bar up to each index from both sides.
def trap(height: List[int]) -> int:
    n = len(height)
    left = [0] * n
    right = [0] * n
    best = 0
    for i in range(n):
        best = max(best, height[i])
        left[i] = best
    best = 0
    for i in range(n - 1, -1, -1):
        best = max(best, height[i])
        right[i] = best
    return sum(min(left[i], right[i]) - height[i] for i in range(n))
