# Correct but O(n * max jump): from every reachable position, marks each position it can jump
# to. With long jumps that is about n^2 / 2 marks.
def can_jump(nums: List[int]) -> bool:
    n = len(nums)
    reachable = [False] * n
    reachable[0] = True
    for i in range(n):
        if not reachable[i]:
            continue
        for j in range(i + 1, min(n, i + nums[i] + 1)):
            reachable[j] = True
    return reachable[-1]
