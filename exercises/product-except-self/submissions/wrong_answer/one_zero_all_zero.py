# Bug: counts the zeros, but with exactly one zero it returns all zeros, forgetting that the
# zero's own position gets the product of everything else.
def product_except_self(nums: List[int]) -> List[int]:
    zeros = nums.count(0)
    if zeros:
        return [0] * len(nums)
    total = 1
    for x in nums:
        total *= x
    return [total // x for x in nums]
