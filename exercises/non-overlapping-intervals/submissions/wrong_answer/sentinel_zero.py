# Bug: starts the "last kept end" at 0, as if all times were non-negative; an interval that
# starts before 0 then looks like it overlaps an interval that does not exist.
def erase_overlap_intervals(intervals: List[List[int]]) -> int:
    kept = 0
    last_end = 0
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if start >= last_end:
            kept += 1
            last_end = end
    return len(intervals) - kept
