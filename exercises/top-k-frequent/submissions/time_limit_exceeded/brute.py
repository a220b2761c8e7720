# Correct but O(n * d): rescans the whole list once per distinct value with list.count.
def top_k_frequent(nums: List[int], k: int) -> List[int]:
    counts = {v: nums.count(v) for v in set(nums)}
    ranked = sorted(counts, key=lambda v: -counts[v])
    return ranked[:k]
