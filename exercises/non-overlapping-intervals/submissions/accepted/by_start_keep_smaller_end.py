# Sorting by start also works, if every clash is resolved by dropping the interval that ends
# LATER (it can only get in the way of more intervals).
def erase_overlap_intervals(intervals: List[List[int]]) -> int:
    ivs = sorted(intervals)
    removed = 0
    last_end = ivs[0][1]
    for start, end in ivs[1:]:
        if start < last_end:
            removed += 1
            last_end = min(last_end, end)
        else:
            last_end = end
    return removed
