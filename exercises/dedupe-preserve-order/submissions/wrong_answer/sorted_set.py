def dedupe(nums: List[int]) -> List[int]:
    # Sorted order is not the order of first appearance.
    return sorted(set(nums))
