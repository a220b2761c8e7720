# O(n) with explicit prefix and suffix product lists.
def product_except_self(nums: List[int]) -> List[int]:
    n = len(nums)
    prefix = [1] * (n + 1)
    for i, x in enumerate(nums):
        prefix[i + 1] = prefix[i] * x
    suffix = [1] * (n + 1)
    for i in range(n - 1, -1, -1):
        suffix[i] = suffix[i + 1] * nums[i]
    return [prefix[i] * suffix[i + 1] for i in range(n)]
