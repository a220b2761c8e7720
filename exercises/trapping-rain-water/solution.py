def trap(height: List[int]) -> int:
    left, right = 0, len(height) - 1
    left_max = right_max = 0
    water = 0
    while left <= right:
        if left_max <= right_max:
            # The level at `left` is left_max: the right side has a bar at least that tall.
            h = height[left]
            if h > left_max:
                left_max = h
            else:
                water += left_max - h
            left += 1
        else:
            h = height[right]
            if h > right_max:
                right_max = h
            else:
                water += right_max - h
            right -= 1
    return water
