# Bug: divides the product of the non-zero numbers by nums[i], ignoring that any zero elsewhere
# makes the product zero.
def product_except_self(nums: List[int]) -> List[int]:
    total = 1
    for x in nums:
        if x != 0:
            total *= x
    return [total // x if x != 0 else total for x in nums]
