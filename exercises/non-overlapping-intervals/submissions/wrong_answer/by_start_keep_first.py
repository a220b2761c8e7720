# The classic wrong greedy: sort by START and, on a clash, always drop the newcomer. A long
# early interval then pushes out many short ones: [[1, 100], [2, 3], [3, 4]] gives 2, not 1.
def erase_overlap_intervals(intervals: List[List[int]]) -> int:
    ivs = sorted(intervals)
    removed = 0
    last_end = ivs[0][1]
    for start, end in ivs[1:]:
        if start < last_end:
            removed += 1
        else:
            last_end = end
    return removed
