# Bug: handles zeros correctly but divides with /, a float: products near 10^18 have more
# digits than a float holds, so the answers come out slightly off.
def product_except_self(nums: List[int]) -> List[int]:
    zeros = nums.count(0)
    total = 1
    for x in nums:
        if x != 0:
            total *= x
    if zeros >= 2:
        return [0] * len(nums)
    if zeros == 1:
        return [total if x == 0 else 0 for x in nums]
    return [int(total / x) for x in nums]
