# Bug: records `path` itself instead of a copy; the backtracking empties it again, so every
# recorded combination ends up as [].
def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    nums = sorted(candidates)
    result = []
    path = []

    def search(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(path)
            return
        for i in range(start, len(nums)):
            if nums[i] > remaining:
                break
            path.append(nums[i])
            search(i, remaining - nums[i])
            path.pop()

    search(0, target)
    return result
