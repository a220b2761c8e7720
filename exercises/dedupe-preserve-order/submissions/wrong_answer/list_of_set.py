def dedupe(nums: List[int]) -> List[int]:
    # Removes the duplicates but loses the order: a set's order follows the hash table.
    return list(set(nums))
