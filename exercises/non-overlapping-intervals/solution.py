def erase_overlap_intervals(intervals: List[List[int]]) -> int:
    # Keep as many intervals as possible: repeatedly keep the interval that ENDS first among
    # those starting at or after the last kept end. Ending early leaves the most room.
    kept = 0
    last_end = None
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if last_end is None or start >= last_end:  # touching is not overlapping
            kept += 1
            last_end = end
    return len(intervals) - kept
