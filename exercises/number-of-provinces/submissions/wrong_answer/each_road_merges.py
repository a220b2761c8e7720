# Wrong: assumes every distinct road merges two provinces, so n minus the number of distinct
# roads. A road that closes a cycle joins cities that were already connected.
def count_provinces(n: int, roads: List[List[int]]) -> int:
    distinct = {(min(a, b), max(a, b)) for a, b in roads}
    return n - len(distinct)
