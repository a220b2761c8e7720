# O(n log n): append the new interval, sort by start and merge in one sweep.
def insert(intervals: List[List[int]], new_interval: List[int]) -> List[List[int]]:
    merged = []
    for s, e in sorted(intervals + [new_interval]):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return merged
