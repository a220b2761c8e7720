# Bug: stores every value first, then looks up the complement without checking that it is a
# different position, so a single element equal to target / 2 pairs with itself ([i, i]).
def two_sum(nums: List[int], target: int) -> List[int]:
    index = {x: i for i, x in enumerate(nums)}
    for i, x in enumerate(nums):
        j = index.get(target - x)
        if j is not None:
            return [min(i, j), max(i, j)]
    return []
