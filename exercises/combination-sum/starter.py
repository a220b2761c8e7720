def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    """Return every distinct combination of candidates (each usable any number of times)
    that sums to target, in any order."""
    pass
