# Backtracking by swapping: position k takes each of the remaining numbers in turn, and the
# swap is undone afterwards so the list is restored for the next choice.
def permute(nums: List[int]) -> List[List[int]]:
    a = list(nums)
    n = len(a)
    result = []

    def go(k: int) -> None:
        if k == n:
            result.append(a[:])
            return
        for i in range(k, n):
            a[k], a[i] = a[i], a[k]
            go(k + 1)
            a[k], a[i] = a[i], a[k]

    go(0)
    return result
