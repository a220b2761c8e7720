# Bug: tests "is mid a peak of the whole trail?" using neighbours OUTSIDE the window, so a
# window that only rises (or only falls) is searched past its own ends.
def find_peaks(heights: List[int], queries: List[List[int]]) -> List[int]:
    n = len(heights)
    out = []
    for l, r in queries:
        lo, hi = l, r
        found = None
        while lo <= hi:
            mid = (lo + hi) // 2
            left = heights[mid - 1] if mid > 0 else -1
            right = heights[mid + 1] if mid < n - 1 else -1
            if left < heights[mid] > right:
                found = mid
                break
            if heights[mid] < right:
                lo = mid + 1
            else:
                hi = mid - 1
        out.append(found if found is not None else lo)
    return out
