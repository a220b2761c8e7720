# Bug: stops the loop at the first candidate that is too big, which is only valid when the
# candidates are sorted; they are not, so smaller candidates after it are skipped.
def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    result = []
    path = []

    def search(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(path[:])
            return
        for i in range(start, len(candidates)):
            if candidates[i] > remaining:
                break
            path.append(candidates[i])
            search(i, remaining - candidates[i])
            path.pop()

    search(0, target)
    return result
