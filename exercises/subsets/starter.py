def subsets(nums: list[int]) -> list[list[int]]:
    # Return every subset of nums (each exactly once), in any order.
    pass
