def top_k_frequent(nums: List[int], k: int) -> List[int]:
    counts: Dict[int, int] = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    # Bucket sort by count: buckets[c] holds the values that occur exactly c times (1 <= c <= n).
    buckets: List[List[int]] = [[] for _ in range(len(nums) + 1)]
    for value, c in counts.items():
        buckets[c].append(value)
    result: List[int] = []
    for c in range(len(nums), 0, -1):
        for value in buckets[c]:
            result.append(value)
            if len(result) == k:
                return result
    return result
