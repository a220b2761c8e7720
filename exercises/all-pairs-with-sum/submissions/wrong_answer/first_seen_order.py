# Bug: finds the right pairs but returns them in the order they are discovered while scanning,
# not sorted by their first element.
def pairs_with_sum(nums: List[int], target: int) -> List[List[int]]:
    seen = set()
    found = []
    reported = set()
    for x in nums:
        y = target - x
        if y in seen:
            p = (min(x, y), max(x, y))
            if p not in reported:
                reported.add(p)
                found.append(list(p))
        seen.add(x)
    return found
