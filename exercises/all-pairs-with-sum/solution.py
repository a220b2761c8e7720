from collections import Counter


def pairs_with_sum(nums: List[int], target: int) -> List[List[int]]:
    count = Counter(nums)
    pairs = []
    for x in count:
        y = target - x
        if x < y and y in count:
            pairs.append([x, y])
        elif x == y and count[x] >= 2:
            pairs.append([x, x])
    pairs.sort()
    return pairs
