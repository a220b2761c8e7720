def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    nums = sorted(candidates)
    result = []
    path = []

    def search(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(path[:])
            return
        # Only candidates from `start` on: each combination is built in non-decreasing order,
        # so it is produced once. `start` itself stays allowed, so numbers can repeat.
        for i in range(start, len(nums)):
            if nums[i] > remaining:
                break  # sorted: every later candidate is too big as well
            path.append(nums[i])
            search(i, remaining - nums[i])
            path.pop()

    search(0, target)
    return result
