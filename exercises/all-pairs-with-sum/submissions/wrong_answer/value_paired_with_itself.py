# Bug: uses a set of values, so a value equal to target / 2 pairs with itself even when it
# occurs only once.
def pairs_with_sum(nums: List[int], target: int) -> List[List[int]]:
    values = set(nums)
    return sorted([x, target - x] for x in values if x <= target - x and target - x in values)
