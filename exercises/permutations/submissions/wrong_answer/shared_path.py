# Bug: records `path` itself instead of a copy. Every entry is the same list, which is empty
# again once the backtracking finishes: n! copies of [].
def permute(nums: List[int]) -> List[List[int]]:
    result = []
    path = []
    used = [False] * len(nums)

    def extend() -> None:
        if len(path) == len(nums):
            result.append(path)
            return
        for i, x in enumerate(nums):
            if not used[i]:
                used[i] = True
                path.append(x)
                extend()
                path.pop()
                used[i] = False

    extend()
    return result
