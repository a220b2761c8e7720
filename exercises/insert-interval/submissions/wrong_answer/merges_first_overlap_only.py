# Bug: merges the new interval with the first interval it overlaps and then stops merging, so
# a new interval spanning several existing ones leaves overlaps behind.
def insert(intervals: List[List[int]], new_interval: List[int]) -> List[List[int]]:
    start, end = new_interval
    result = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] < start:
        result.append(intervals[i])
        i += 1
    if i < n and intervals[i][0] <= end:
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    result.extend(intervals[i:])
    return result
