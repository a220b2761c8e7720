def pairs_with_sum(nums: List[int], target: int) -> List[List[int]]:
    """Return every distinct pair [a, b] (a <= b) of values at two different positions
    with a + b == target, sorted by a."""
    return []
