# Correct but O(n * p) for p pairs: the hashing finds partners in O(1), but every new pair is
# checked against a LIST of the pairs found so far. With 20000 distinct pairs that list scan
# dominates.
def pairs_with_sum(nums: List[int], target: int) -> List[List[int]]:
    seen = set()
    pairs = []
    for x in nums:
        y = target - x
        if y in seen:
            pair = [min(x, y), max(x, y)]
            if pair not in pairs:
                pairs.append(pair)
        seen.add(x)
    return sorted(pairs)
