# Correct but O(window) per query, even if the scanning happens inside max(): the summit is the
# highest point of the window.
def find_peaks(heights: List[int], queries: List[List[int]]) -> List[int]:
    out = []
    for l, r in queries:
        window = heights[l:r + 1]
        out.append(l + window.index(max(window)))
    return out
