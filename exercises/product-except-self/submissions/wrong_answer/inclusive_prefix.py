# Bug: updates each running product BEFORE storing it, so both include nums[i] itself and
# answer[i] becomes (whole product) * nums[i].
def product_except_self(nums: List[int]) -> List[int]:
    n = len(nums)
    answer = [1] * n
    left = 1
    for i in range(n):
        left *= nums[i]
        answer[i] = left
    right = 1
    for i in range(n - 1, -1, -1):
        right *= nums[i]
        answer[i] *= right
    return answer
