def permute(nums: List[int]) -> List[List[int]]:
    # Backtracking: fill the positions one at a time with a number not used yet.
    result = []
    path = []
    used = [False] * len(nums)

    def extend() -> None:
        if len(path) == len(nums):
            result.append(path[:])  # a copy: path keeps changing
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
