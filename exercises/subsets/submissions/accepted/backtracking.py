# Backtracking: for each position decide "out" or "in", recording a copy at the end.
def subsets(nums: List[int]) -> List[List[int]]:
    result: List[List[int]] = []
    path: List[int] = []

    def go(i: int) -> None:
        if i == len(nums):
            result.append(path[:])
            return
        go(i + 1)
        path.append(nums[i])
        go(i + 1)
        path.pop()

    go(0)
    return result
