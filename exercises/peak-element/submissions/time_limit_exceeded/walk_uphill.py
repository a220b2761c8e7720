# Correct but O(window) per query: walk right from l while the trail keeps rising.
def find_peaks(heights: List[int], queries: List[List[int]]) -> List[int]:
    out = []
    for l, r in queries:
        i = l
        while i < r and heights[i] < heights[i + 1]:
            i += 1
        out.append(i)
    return out
