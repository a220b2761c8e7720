# Correct but O(n^2): sorted by end, best[i] = the most intervals that can be kept ending with
# interval i = 1 + the best over earlier intervals that end by its start.
def erase_overlap_intervals(intervals: List[List[int]]) -> int:
    ivs = sorted(intervals, key=lambda iv: iv[1])
    best = []
    for i, (start, _) in enumerate(ivs):
        b = 0
        for j in range(i):
            if ivs[j][1] <= start and best[j] > b:
                b = best[j]
        best.append(b + 1)
    return len(ivs) - max(best)
