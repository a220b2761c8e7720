def dedupe(nums: List[int]) -> List[int]:
    """Each distinct value once, in order of first appearance."""
    pass
