# Bug: recurses with i + 1, so each candidate can be used at most once: [2, 2, 2] is never
# found.
def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    nums = sorted(candidates)
    result = []
    path = []

    def search(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(path[:])
            return
        for i in range(start, len(nums)):
            if nums[i] > remaining:
                break
            path.append(nums[i])
            search(i + 1, remaining - nums[i])
            path.pop()

    search(0, target)
    return result
