# Bug: on the falling side it sets hi = mid - 1, throwing away mid, which may be the summit.
def find_peaks(heights: List[int], queries: List[List[int]]) -> List[int]:
    out = []
    for l, r in queries:
        lo, hi = l, r
        while lo < hi:
            mid = (lo + hi) // 2
            if heights[mid] < heights[mid + 1]:
                lo = mid + 1
            else:
                hi = mid - 1
        out.append(lo)
    return out
