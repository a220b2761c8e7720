# Bug: fills every bar up to the tallest bar on its left, forgetting that the water also
# needs a wall on the right: on a descending slope it "holds" water that runs off.
def trap(height: List[int]) -> int:
    best = 0
    water = 0
    for h in height:
        best = max(best, h)
        water += best - h
    return water
