def merge_sort(nums: List[int]) -> List[int]:
    """Return a new list with the numbers of nums in ascending order, using merge sort
    (no sorted() and no list.sort())."""
    return nums
