# O(n + q log n): list the local maxima of the whole trail once; a window's summit is either the
# one local maximum inside it or, if there is none, its higher end. bisect finds the candidates.
from bisect import bisect_left


def find_peaks(heights: List[int], queries: List[List[int]]) -> List[int]:
    n = len(heights)
    peaks = [i for i in range(n)
             if (i == 0 or heights[i - 1] < heights[i]) and (i == n - 1 or heights[i] > heights[i + 1])]
    out = []
    for l, r in queries:
        k = bisect_left(peaks, l)
        if k < len(peaks) and peaks[k] <= r:
            out.append(peaks[k])
        else:
            out.append(l if heights[l] > heights[r] else r)
    return out
