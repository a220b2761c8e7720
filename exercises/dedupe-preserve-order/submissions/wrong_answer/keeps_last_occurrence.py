def dedupe(nums: List[int]) -> List[int]:
    # Keeps the LAST copy of each value: [1, 2, 1] gives [2, 1] instead of [1, 2].
    last = {x: i for i, x in enumerate(nums)}
    return [x for i, x in enumerate(nums) if last[x] == i]
