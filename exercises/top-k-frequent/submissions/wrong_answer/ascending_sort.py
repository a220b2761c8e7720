# Bug: sorts the distinct values by count but forgets reverse=True, so the first k are the
# LEAST frequent values (right whenever every value is needed, wrong otherwise).
def top_k_frequent(nums: List[int], k: int) -> List[int]:
    counts: Dict[int, int] = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    return sorted(counts, key=counts.get)[:k]
