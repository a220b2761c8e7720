def subsets(nums: List[int]) -> List[List[int]]:
    # Return every subset of nums (each exactly once), in any order.
    pass
