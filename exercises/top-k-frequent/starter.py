def top_k_frequent(nums: List[int], k: int) -> List[int]:
    # Return the k values that occur most often in nums, in any order.
    pass
