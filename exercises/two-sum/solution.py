def two_sum(nums: List[int], target: int) -> List[int]:
    seen: Dict[int, int] = {}  # value -> index where it was seen
    for j, x in enumerate(nums):
        i = seen.get(target - x)
        if i is not None:
            return [i, j]
        seen[x] = j
    return []  # unreachable: the input always has exactly one answer
