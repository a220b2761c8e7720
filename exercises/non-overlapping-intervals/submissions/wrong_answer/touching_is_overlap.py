# Bug: uses > instead of >=, so [1, 2] and [2, 3], which only touch, count as overlapping.
def erase_overlap_intervals(intervals: List[List[int]]) -> int:
    kept = 0
    last_end = None
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if last_end is None or start > last_end:
            kept += 1
            last_end = end
    return len(intervals) - kept
