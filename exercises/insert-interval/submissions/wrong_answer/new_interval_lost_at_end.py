# Bug: only places the new interval when some existing interval comes after it, so a new
# interval that belongs at the very end (or into an empty list) is dropped.
def insert(intervals: List[List[int]], new_interval: List[int]) -> List[List[int]]:
    start, end = new_interval
    result = []
    placed = False
    for s, e in intervals:
        if e < start:
            result.append([s, e])
        elif s > end:
            if not placed:
                result.append([start, end])
                placed = True
            result.append([s, e])
        else:
            start, end = min(start, s), max(end, e)
    return result
