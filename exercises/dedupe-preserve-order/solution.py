def dedupe(nums: List[int]) -> List[int]:
    seen = set()
    out = []
    for x in nums:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
