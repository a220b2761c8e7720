# Correct but O(n * max jump): good[i] says whether index i can reach the end; it checks every
# landing spot of i. When no landing spot is good, all of them are checked.
def can_jump(nums: List[int]) -> bool:
    n = len(nums)
    good = [False] * n
    good[-1] = True
    for i in range(n - 2, -1, -1):
        for j in range(i + 1, min(n, i + nums[i] + 1)):
            if good[j]:
                good[i] = True
                break
    return good[0]
