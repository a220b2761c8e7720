# Arithmetic: twice the sum of the distinct values counts the lone one twice, every paired
# value as often as the list itself does.
def single_number(nums: List[int]) -> int:
    return 2 * sum(set(nums)) - sum(nums)
