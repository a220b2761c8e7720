from collections import Counter


def majority_element(nums: List[int]) -> int:
    value, _ = Counter(nums).most_common(1)[0]
    return value
