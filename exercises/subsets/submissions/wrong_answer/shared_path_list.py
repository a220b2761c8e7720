# Bug: records `path` itself instead of a copy. Every entry is the same list object, which is
# empty again once the backtracking has undone every append: 2^n copies of [].
def subsets(nums: List[int]) -> List[List[int]]:
    result: List[List[int]] = []
    path: List[int] = []

    def go(i: int) -> None:
        if i == len(nums):
            result.append(path)
            return
        go(i + 1)
        path.append(nums[i])
        go(i + 1)
        path.pop()

    go(0)
    return result
