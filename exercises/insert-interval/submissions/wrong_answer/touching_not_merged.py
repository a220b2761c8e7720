# Bug: strict comparisons, so intervals that only share an end point are kept apart.
def insert(intervals: List[List[int]], new_interval: List[int]) -> List[List[int]]:
    start, end = new_interval
    result = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] <= start:
        result.append(intervals[i])
        i += 1
    while i < n and intervals[i][0] < end:
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    result.extend(intervals[i:])
    return result
