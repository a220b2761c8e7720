# Correct but wasteful: tries every number at every position (n^n sequences, 16.7 million for
# n = 8) and only at the end throws away the ones that repeat a number.
def permute(nums: List[int]) -> List[List[int]]:
    n = len(nums)
    result = []
    path = []

    def go() -> None:
        if len(path) == n:
            if len(set(path)) == n:
                result.append([nums[i] for i in path])
            return
        for i in range(n):
            path.append(i)
            go()
            path.pop()

    go()
    return result
