def insert(intervals: List[List[int]], new_interval: List[int]) -> List[List[int]]:
    start, end = new_interval
    result = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] < start:  # ends before the new interval begins
        result.append(list(intervals[i]))
        i += 1
    while i < n and intervals[i][0] <= end:  # overlaps or touches: absorb it
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    while i < n:  # starts after the new interval ends
        result.append(list(intervals[i]))
        i += 1
    return result
