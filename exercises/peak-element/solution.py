def find_peaks(heights: List[int], queries: List[List[int]]) -> List[int]:
    answers = []
    for l, r in queries:
        lo, hi = l, r
        while lo < hi:
            mid = (lo + hi) // 2
            if heights[mid] < heights[mid + 1]:
                lo = mid + 1  # still rising: the summit is to the right of mid
            else:
                hi = mid  # falling from mid: the summit is mid or to its left
        answers.append(lo)
    return answers
